import type { Question } from '../schemas/question.ts';
import type { AnswerKey } from './scoring.ts';

/** Words of two or more characters in `text`, found by the runtime's Chinese word segmenter. */
export function segmentKeywords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike && s.segment.length >= 2).map((s) => s.segment);
  return [...new Set(words)];
}

/**
 * The answer key the browser checks against. `variants` gives other written forms of an
 * accepted answer (its Traditional-character forms), so the browser needs no converter.
 */
export function answerKey(question: Question, variants: (text: string) => string[] = () => []): AnswerKey {
  switch (question.type) {
    case 'single':
      return { type: 'single', correct: question.options.findIndex((o) => o.correct) };
    case 'multiple':
      return { type: 'multiple', correct: question.options.flatMap((o, i) => (o.correct ? [i] : [])), count: question.options.length };
    case 'truefalse':
      return { type: 'truefalse', answer: question.answer };
    case 'order':
      return { type: 'order', count: question.items.length };
    case 'categorize':
      return { type: 'categorize', categories: question.items.map((item) => item.category) };
    case 'fill':
      return { type: 'fill', accept: question.blanks.map((accepted) => [...new Set(accepted.flatMap((a) => [a, ...variants(a)]))]) };
    case 'dialogue':
      return { type: 'dialogue', best: question.turns.map((turn) => turn.replies.findIndex((r) => r.best)) };
    case 'case':
      return { type: 'case', keywords: question.keyPoints.map((p) => (p.keywords.length ? p.keywords : segmentKeywords(p.text))) };
  }
}
