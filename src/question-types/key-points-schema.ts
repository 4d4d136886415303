/**
 * The build side of the written types (简答 `short`, 案例分析 `case`): the answer point with its marks,
 * the check that a question gives marks to all of its points or to none, the answer key, and the
 * point's form in a row of the 题库 workbook.
 */
import { z } from 'astro/zod';
import { text } from './fields.ts';
import type { KeyPointsKey } from './key-points.ts';
import type { Issue } from './shared.ts';
import type { RowInput } from './sheet-shared.ts';
import { round, textTag, type MoodleWriter } from './lms-shared.ts';

/** One point of the model answer: its text, the keywords of the "seems covered" hint, its marks. */
export const KeyPointSchema = z.strictObject({
  text,
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** What the point is worth, e.g. 5; a question's marks are the sum of its points'. */
  marks: z.number().positive('question.marks.positive').optional(),
});
export type KeyPoint = z.output<typeof KeyPointSchema>;
/** A question's points, with where they sit in the question (for messages). */
export interface PointGroup {
  points: readonly KeyPoint[];
  path: (string | number)[];
}

/** Words of two or more characters in `text`, found by the runtime's Chinese word segmenter. */
export function segmentKeywords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike && s.segment.length >= 2).map((s) => s.segment);
  return [...new Set(words)];
}

/** Marks given to some points of question `id` and not to others: an error naming the first point without. */
export function checkMarks(id: string, groups: readonly PointGroup[], issue: Issue): void {
  const all = groups.flatMap((g) => g.points.map((point, i) => ({ point, path: [...g.path, i] })));
  const marked = all.filter((p) => p.point.marks !== undefined).length;
  if (marked === 0 || marked === all.length) return;
  const missing = all.find((p) => p.point.marks === undefined)!;
  issue('question.marks.some', [...missing.path, 'marks'], { id, marked, unmarked: all.length - marked });
}

/** The answer key of the points, in order. */
export function keyPointsKey(points: readonly KeyPoint[]): KeyPointsKey {
  return {
    keywords: points.map((p) => (p.keywords.length ? p.keywords : segmentKeywords(p.text))),
    marks: points.every((p) => p.marks !== undefined) ? points.map((p) => p.marks!) : [],
  };
}

/** The sum of the points' marks, or undefined when they have none. */
export function sumMarks(points: readonly KeyPoint[]): number | undefined {
  if (points.length === 0 || points.some((p) => p.marks === undefined)) return undefined;
  return Math.round(points.reduce((sum, p) => sum + p.marks!, 0) * 100) / 100;
}

const KEYWORDS = /[【[]\s*关键词\s*[：:]\s*([^】\]]*)[】\]]\s*$/;

/** A point as a line of 答案: its text, then `【关键词：甲、乙】` when it has keywords. */
export const pointLine = (p: KeyPoint) => (p.keywords.length ? `${p.text}【关键词：${p.keywords.join('、')}】` : p.text);

/** 分值: each point's marks, one a line beside its line of 答案; empty when the points have none. */
export const marksCell = (points: readonly KeyPoint[]) => (sumMarks(points) === undefined ? '' : points.map((p) => String(p.marks)).join('\n'));

/**
 * The points of a row's answer lines with their marks from 分值 (a number a line, beside each point),
 * keeping the keywords of a point of `previous` with the same text.
 */
export function pointsFromLines(lines: readonly string[], input: RowInput<unknown>, previous: readonly KeyPoint[]): Record<string, unknown>[] {
  const marks = input.cells.分值
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (marks.length && marks.length !== lines.length) input.problem('分值', 'sheet.marks.lineCount', { points: lines.length, lines: marks.length });
  return lines.map((line, i) => {
    const match = KEYWORDS.exec(line);
    const text = (match ? line.slice(0, match.index) : line).trim();
    const keywords = match
      ? match[1]!
          .split(/[、，,;；]+/)
          .map((k) => k.trim())
          .filter(Boolean)
      : (previous.find((p) => p.text === text)?.keywords ?? []);
    const point: Record<string, unknown> = keywords.length ? { text, keywords } : { text };
    const cell = marks[i];
    if (cell !== undefined && marks.length === lines.length) {
      const value = Number(cell.replace(/\s*分$/, ''));
      if (Number.isFinite(value) && value > 0) point.marks = value;
      else input.problem('分值', 'sheet.marks.invalid', { n: i + 1, cell });
    }
    return point;
  });
}

/** Moodle's notes for the grader: the points, numbered, with their marks. */
export function graderNotes(points: readonly KeyPoint[], m: Pick<MoodleWriter, 'marks'>, first = 1): string {
  return points.map((p, n) => `${first + n}. ${p.text}${p.marks === undefined ? '' : m.marks(p.marks)}`).join('\n');
}

/** The Moodle essay settings of a written question: a text editor, the points as notes for the grader, its marks as its grade. */
export function essayLines(notes: string, marks: number | undefined): string[] {
  return [
    '    <responseformat>editor</responseformat>',
    '    <responsefieldlines>10</responsefieldlines>',
    `    <graderinfo format="html">${textTag(notes)}</graderinfo>`,
    ...(marks === undefined ? [] : [`    <defaultgrade>${round(marks)}</defaultgrade>`]),
  ];
}
