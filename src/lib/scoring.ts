import { mentions, normalizeAnswer } from './normalize.ts';

/**
 * What the browser needs to check an answer, derived from a question at build time.
 * Option, item and reply numbers are their positions in the question file.
 */
export type AnswerKey =
  | { type: 'single'; correct: number }
  | { type: 'multiple'; correct: number[]; count: number }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'order'; count: number }
  | { type: 'categorize'; categories: string[] }
  | { type: 'fill'; accept: string[][] }
  | { type: 'dialogue'; best: number[] }
  | { type: 'case'; keywords: string[][] };

/** A learner's answer, in the same numbering as the key. */
export type Response =
  | { type: 'single'; selected: number | null }
  | { type: 'multiple'; selected: number[] }
  | { type: 'truefalse'; selected: boolean | null }
  | { type: 'order'; sequence: number[] }
  | { type: 'categorize'; assigned: (string | null)[] }
  | { type: 'fill'; values: string[] }
  | { type: 'dialogue'; selected: (number | null)[] }
  | { type: 'case'; text: string; ticked: boolean[] };

export interface Result {
  /** Nothing was answered: no score is given and no attempt is recorded. */
  empty: boolean;
  /** Full marks. */
  correct: boolean;
  /** Between 0 and 1. */
  score: number;
  /** Right or wrong per option, item, blank, turn or key point, for marking each one. */
  parts: boolean[];
}

const EMPTY: Result = { empty: true, correct: false, score: 0, parts: [] };

function share(parts: boolean[]): Result {
  const score = parts.length ? parts.filter(Boolean).length / parts.length : 0;
  return { empty: false, correct: parts.length > 0 && parts.every(Boolean), score, parts };
}

/**
 * Multiple choice with partial credit: (right ticks − wrong ticks) ÷ number of right options,
 * never below 0. Ticking everything therefore scores less than ticking only the right ones.
 */
export function scoreMultiple(correct: readonly number[], count: number, selected: readonly number[]): Result {
  if (selected.length === 0) return EMPTY;
  const picked = new Set(selected);
  const right = correct.filter((i) => picked.has(i)).length;
  const wrong = [...picked].filter((i) => !correct.includes(i)).length;
  const parts = Array.from({ length: count }, (_, i) => picked.has(i) === correct.includes(i));
  const score = Math.max(0, (right - wrong) / correct.length);
  return { empty: false, correct: right === correct.length && wrong === 0, score, parts };
}

/** Scores a response against its key. */
export function score(key: AnswerKey, response: Response): Result {
  if (key.type !== response.type) throw new Error(`response of type ${response.type} for a ${key.type} question`);
  switch (key.type) {
    case 'single': {
      const { selected } = response as Extract<Response, { type: 'single' }>;
      if (selected === null) return EMPTY;
      return { empty: false, correct: selected === key.correct, score: selected === key.correct ? 1 : 0, parts: [selected === key.correct] };
    }
    case 'truefalse': {
      const { selected } = response as Extract<Response, { type: 'truefalse' }>;
      if (selected === null) return EMPTY;
      return { empty: false, correct: selected === key.answer, score: selected === key.answer ? 1 : 0, parts: [selected === key.answer] };
    }
    case 'multiple':
      return scoreMultiple(key.correct, key.count, (response as Extract<Response, { type: 'multiple' }>).selected);
    case 'order': {
      // Share of items in their right place; the right order is the order in the file.
      const { sequence } = response as Extract<Response, { type: 'order' }>;
      if (sequence.length !== key.count) return EMPTY;
      return share(sequence.map((item, position) => item === position));
    }
    case 'categorize': {
      const { assigned } = response as Extract<Response, { type: 'categorize' }>;
      if (assigned.every((a) => !a)) return EMPTY;
      return share(key.categories.map((category, i) => assigned[i] === category));
    }
    case 'fill': {
      const { values } = response as Extract<Response, { type: 'fill' }>;
      if (values.every((v) => normalizeAnswer(v) === '')) return EMPTY;
      return share(key.accept.map((accepted, i) => accepted.some((a) => normalizeAnswer(a) === normalizeAnswer(values[i] ?? ''))));
    }
    case 'dialogue': {
      const { selected } = response as Extract<Response, { type: 'dialogue' }>;
      if (selected.every((s) => s === null)) return EMPTY;
      return share(key.best.map((best, i) => selected[i] === best));
    }
    case 'case': {
      // Self-assessed: the learner ticks the key points their answer covers.
      const { text, ticked } = response as Extract<Response, { type: 'case' }>;
      if (normalizeAnswer(text) === '' && !ticked.some(Boolean)) return EMPTY;
      return share(key.keywords.map((_, i) => ticked[i] === true));
    }
  }
}

/**
 * Which key points a free answer seems to cover: at least half of a point's keywords
 * appear in it. Only a hint for the learner's own judgement.
 */
export function keyPointHints(text: string, keywords: readonly (readonly string[])[]): boolean[] {
  return keywords.map((words) => words.length > 0 && words.filter((w) => mentions(text, w)).length >= Math.ceil(words.length / 2));
}
