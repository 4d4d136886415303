import { z } from 'astro/zod';
import { commonFields, text } from '../fields.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('case'),
  /** The case told as a story; the stem asks the question about it. */
  case: text,
  /** The model answer's key points; keywords drive the "seems covered" hint. */
  keyPoints: z.array(z.strictObject({ text, keywords: z.array(z.string().trim().min(1)).default([]) })).min(1),
});

/** Words of two or more characters in `text`, found by the runtime's Chinese word segmenter. */
export function segmentKeywords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike && s.segment.length >= 2).map((s) => s.segment);
  return [...new Set(words)];
}

export const caseAnalysis: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  key: (q) => ({ type: 'case', keywords: q.keyPoints.map((p) => (p.keywords.length ? p.keywords : segmentKeywords(p.text))) }),
  rightAnswer: (q) => q.keyPoints.map((p) => p.text).join(PARTS),
};
