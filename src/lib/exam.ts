import type { Question } from '../schemas/question.ts';
import type { ExamSection } from '../schemas/exam.ts';
import { seededRandom, shuffle } from './random.ts';

/** The largest seed: seeds are positive 31-bit integers, short enough to read out from a URL. */
export const MAX_SEED = 2147483647;

/** The module of a lesson id `<module>/<slug>`. */
export function moduleOf(lessonId: string): string {
  return lessonId.split('/')[0] ?? '';
}

/** What drawing an exam gives: question ids in exam order, and one message per section left short. */
export interface DrawnExam {
  questionIds: string[];
  /** How many questions each section got, in section order: less than its count only when the bank ran short. */
  sizes: number[];
  shortfalls: string[];
}

function describeSection(section: Pick<ExamSection, 'module' | 'types' | 'label'>, index: number): string {
  const name = section.label ? `sections[${index}]（“${section.label}”）` : `sections[${index}]`;
  const from = section.module ? `模块“${section.module}”` : '所有模块';
  return `${name}：从${from}抽 ${section.types.join('/')} 题`;
}

/**
 * Draws the questions of one exam: section by section, `count` questions of the section's types
 * and module, none twice. The same seed and bank give the same questions in the same order.
 * A section that cannot be filled takes what there is and is described in `shortfalls`.
 */
export function drawExam(
  bank: readonly Pick<Question, 'id' | 'type' | 'lesson'>[],
  blueprint: { sections: readonly Pick<ExamSection, 'module' | 'types' | 'count' | 'label'>[] },
  seed: number,
): DrawnExam {
  // Sort first so the draw does not depend on the order files were read in;
  // plain comparison, not localeCompare, which differs between machines.
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = seededRandom(seed);
  const used = new Set<string>();
  const questionIds: string[] = [];
  const sizes: number[] = [];
  const shortfalls: string[] = [];
  blueprint.sections.forEach((section, index) => {
    const candidates = sorted.filter(
      (q) => !used.has(q.id) && section.types.includes(q.type) && (!section.module || moduleOf(q.lesson) === section.module),
    );
    const picked = shuffle(candidates, random).slice(0, section.count);
    for (const q of picked) {
      used.add(q.id);
      questionIds.push(q.id);
    }
    sizes.push(picked.length);
    if (picked.length < section.count)
      shortfalls.push(`${describeSection(section, index)} ${section.count} 道，题库里只有 ${picked.length} 道可抽。请减少 count，或给题库加题`);
  });
  return { questionIds, sizes, shortfalls };
}

/** One section of a drawn exam: its heading, its questions, and the exam number of its first question. */
export interface DrawnSection {
  /** Position of the section in the blueprint, from 0. */
  index: number;
  label: string | undefined;
  questionIds: string[];
  /** Number of the section's first question in the whole exam, from 1. */
  firstNumber: number;
}

/** Splits a drawn exam into its sections, in order, leaving out sections that drew nothing. */
export function examSections(
  sections: readonly Pick<ExamSection, 'label'>[],
  drawn: Pick<DrawnExam, 'questionIds' | 'sizes'>,
): DrawnSection[] {
  const out: DrawnSection[] = [];
  let start = 0;
  sections.forEach((section, index) => {
    const size = drawn.sizes[index] ?? 0;
    if (size > 0) out.push({ index, label: section.label, questionIds: drawn.questionIds.slice(start, start + size), firstNumber: start + 1 });
    start += size;
  });
  return out;
}

/** One answered exam question: its id, module and score between 0 and 1. */
export interface GradedItem {
  id: string;
  module: string;
  score: number;
}

/** The result of an exam: overall score (0–1), whether it passed, and the score per module. */
export interface ExamGrade {
  score: number;
  passed: boolean;
  byModule: Record<string, { score: number; total: number }>;
}

/** Grades an exam: the score is the mean of the item scores (unanswered ones count as 0); an empty exam fails. */
export function gradeExam(items: readonly GradedItem[], passMark: number): ExamGrade {
  const byModule: Record<string, { score: number; total: number }> = {};
  let sum = 0;
  for (const item of items) {
    sum += item.score;
    const entry = (byModule[item.module] ??= { score: 0, total: 0 });
    entry.score += item.score;
    entry.total += 1;
  }
  const score = items.length ? sum / items.length : 0;
  // Partial credits such as 1/3 add up with rounding errors; exactly the pass mark must pass.
  return { score, passed: items.length > 0 && score >= passMark - 1e-9, byModule };
}

/** A fresh exam seed: a positive 31-bit integer. */
export function newSeed(random: () => number = Math.random): number {
  return 1 + Math.min(MAX_SEED - 1, Math.floor(random() * MAX_SEED));
}

/** The seed in a URL parameter, or null unless it is only digits and between 1 and 2147483647. */
export function parseSeed(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const seed = Number(text);
  return seed >= 1 && seed <= MAX_SEED ? seed : null;
}

/**
 * What is wrong with a blueprint for this course: sections naming a module that does not exist,
 * or asking for more questions than the bank has (checked with one draw: sections only compete
 * for questions when an "any module" section comes first, which the same check catches).
 */
export function examProblems(
  file: string,
  blueprint: { sections: readonly Pick<ExamSection, 'module' | 'types' | 'count' | 'label'>[] },
  moduleIds: readonly string[],
  bank: readonly Pick<Question, 'id' | 'type' | 'lesson'>[],
): string[] {
  const unknown = blueprint.sections.flatMap((section, i) =>
    section.module && !moduleIds.includes(section.module) ? [`${file}：字段 sections[${i}].module（模块）：没有模块“${section.module}”`] : [],
  );
  // A section naming an unknown module already has its message: no second one for drawing nothing.
  const unknownSection = (s: string) => {
    const index = Number(/^sections\[(\d+)\]/.exec(s)?.[1]);
    const module = blueprint.sections[index]?.module;
    return module !== undefined && !moduleIds.includes(module);
  };
  return [...unknown, ...drawExam(bank, blueprint, 1).shortfalls.filter((s) => !unknownSection(s)).map((s) => `${file}：${s}`)];
}
