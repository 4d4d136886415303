import type { Question } from '../question-types/definitions.ts';
import type { QuestionType } from '../question-types/shared.ts';
import type { Problem } from './content-messages.ts';
import type { ExamSection } from '../schemas/exam.ts';
import { percentOf, roundHalfUp } from './rounding.ts';
import { seededRandom, shuffle } from './random.ts';

/** The largest seed: seeds are positive 31-bit integers, short enough to read out from a URL. */
const MAX_SEED = 2147483647;

/** The module of a lesson id `<module>/<slug>`. */
export function moduleOf(lessonId: string): string {
  return lessonId.split('/')[0] ?? '';
}

/** What a draw needs of a section. */
export type SectionRule = Pick<ExamSection, 'module' | 'types' | 'count' | 'label'> & {
  tags?: readonly string[] | undefined;
  points?: ExamSection['points'] | undefined;
  /** Only questions with at least this many numbered sub-questions (a multi-part case). */
  minParts?: number | undefined;
  /** At most this many questions per module, counting what the paper drew before of this section's kind. */
  maxPerModule?: number | undefined;
};

/** What a draw needs of a question: `parts` are its numbered sub-questions (the list or how many). */
export type BankQuestion = Pick<Question, 'id' | 'type' | 'lesson'> & { tags?: readonly string[] | undefined; parts?: readonly unknown[] | number | undefined };

/** How many numbered sub-questions a question asks: 1 when it has none. */
export function partCount(q: Pick<BankQuestion, 'parts'>): number {
  const parts = typeof q.parts === 'number' ? q.parts : (q.parts?.length ?? 0);
  return Math.max(1, parts);
}

/** Whether `q` is of the kind `section` draws: its types and tags (module and parts aside). */
function ofKind(section: SectionRule, q: BankQuestion): boolean {
  return section.types.includes(q.type) && (!section.tags?.length || section.tags.some((tag) => q.tags?.includes(tag)));
}

/** Points one question of `type` is worth in `section`: its own figure, or 1 when the section gives none. */
export function questionPoints(section: Pick<SectionRule, 'points'>, type: QuestionType): number {
  const points = section.points ?? 1;
  return typeof points === 'number' ? points : (points[type] ?? 1);
}

/** The least and the most a section can be worth, whichever of its types are drawn. */
export function sectionPoints(section: Pick<SectionRule, 'points' | 'types' | 'count'>): { min: number; max: number } {
  const each = section.types.map((type) => questionPoints(section, type));
  return { min: Math.min(...each) * section.count, max: Math.max(...each) * section.count };
}

/** Full marks of a paper, as a range when sections mixing types of different points make it depend on the draw. */
export function paperPoints(sections: readonly Pick<SectionRule, 'points' | 'types' | 'count'>[]): { min: number; max: number } {
  return sections.map(sectionPoints).reduce((sum, p) => ({ min: sum.min + p.min, max: sum.max + p.max }), { min: 0, max: 0 });
}

/** A section the bank could not fill: its position, how many it asks for and how many it got. */
interface Shortfall {
  section: number;
  wanted: number;
  found: number;
}

/** What drawing an exam gives: question ids in exam order, and the sections left short. */
export interface DrawnExam {
  questionIds: string[];
  /** Points of each drawn question, in the same order. */
  points: number[];
  /** How many questions each section got, in section order: less than its count only when the bank ran short. */
  sizes: number[];
  shortfalls: Shortfall[];
}

/**
 * Draws the questions of one exam: section by section, `count` questions of the section's types
 * and module, none twice. The same seed and bank give the same questions in the same order.
 * `minParts` keeps to cases with that many numbered sub-questions; `maxPerModule` spreads the
 * section over modules, counting the questions of the same kind (types and tags) drawn before it
 * in the paper, so two sections of 案例分析 with `maxPerModule: 1` take five cases from five modules.
 * A question is worth its section's points whatever its own marks: see `scaledScore`.
 * A section that cannot be filled takes what there is and is described in `shortfalls`.
 */
export function drawExam(bank: readonly BankQuestion[], blueprint: { sections: readonly SectionRule[] }, seed: number): DrawnExam {
  // Sort first so the draw does not depend on the order files were read in;
  // plain comparison, not localeCompare, which differs between machines.
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = seededRandom(seed);
  const used = new Set<string>();
  const questionIds: string[] = [];
  const points: number[] = [];
  const sizes: number[] = [];
  const shortfalls: Shortfall[] = [];
  const drawnSoFar: BankQuestion[] = [];
  blueprint.sections.forEach((section, index) => {
    const candidates = sorted.filter(
      (q) => !used.has(q.id) && ofKind(section, q) && (!section.module || moduleOf(q.lesson) === section.module) && partCount(q) >= (section.minParts ?? 1),
    );
    const perModule = new Map<string, number>();
    if (section.maxPerModule) for (const q of drawnSoFar) if (ofKind(section, q)) perModule.set(moduleOf(q.lesson), (perModule.get(moduleOf(q.lesson)) ?? 0) + 1);
    const picked: BankQuestion[] = [];
    for (const q of shuffle(candidates, random)) {
      if (picked.length >= section.count) break;
      const module = moduleOf(q.lesson);
      if (section.maxPerModule && (perModule.get(module) ?? 0) >= section.maxPerModule) continue;
      perModule.set(module, (perModule.get(module) ?? 0) + 1);
      picked.push(q);
    }
    for (const q of picked) {
      used.add(q.id);
      questionIds.push(q.id);
      points.push(questionPoints(section, q.type));
      drawnSoFar.push(q);
    }
    sizes.push(picked.length);
    if (picked.length < section.count) shortfalls.push({ section: index, wanted: section.count, found: picked.length });
  });
  return { questionIds, points, sizes, shortfalls };
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
export function examSections(sections: readonly Pick<ExamSection, 'label'>[], drawn: Pick<DrawnExam, 'questionIds' | 'sizes'>): DrawnSection[] {
  const out: DrawnSection[] = [];
  let start = 0;
  sections.forEach((section, index) => {
    const size = drawn.sizes[index] ?? 0;
    if (size > 0) out.push({ index, label: section.label, questionIds: drawn.questionIds.slice(start, start + size), firstNumber: start + 1 });
    start += size;
  });
  return out;
}

/** One question of a submitted exam, as the grading sees it. */
export interface GradedItem {
  id: string;
  module: string;
  /** Points the question is worth. */
  points: number;
  /** Share of its points earned, 0–1; null when the candidate left it blank. */
  score: number | null;
  /** A case question answered but not yet self-assessed: counted once the candidate has ticked its key points. */
  pending?: boolean;
}

/** The result of an exam, in points. */
export interface ExamGrade {
  /** Points earned, and full marks. */
  points: number;
  maxPoints: number;
  /** Share of full marks earned, 0–1. */
  score: number;
  /** Questions answered, and left blank (a blank one is not a wrong answer: it is simply not answered). */
  answered: number;
  unanswered: number;
  /** Case questions still waiting for self-assessment; the pass/fail verdict waits for them. */
  pending: number;
  /** Null while `pending` is above 0. */
  passed: boolean | null;
  /** Points earned and full marks per module. */
  byModule: Record<string, { score: number; total: number }>;
}

/**
 * Grades an exam in points: a blank question earns nothing and counts as unanswered, not as a wrong
 * answer. The verdict uses the rounding the candidate sees: the paper passes when its percentage,
 * rounded as everywhere in the course, reaches the pass mark; an exam with nothing answered fails.
 */
export function gradeExam(items: readonly GradedItem[], passMark: number): ExamGrade {
  const byModule: Record<string, { score: number; total: number }> = {};
  let points = 0;
  let maxPoints = 0;
  let answered = 0;
  let pending = 0;
  for (const item of items) {
    const earned = item.pending ? 0 : (item.score ?? 0) * item.points;
    points += earned;
    maxPoints += item.points;
    if (item.score !== null || item.pending) answered += 1;
    if (item.pending) pending += 1;
    const entry = (byModule[item.module] ??= { score: 0, total: 0 });
    entry.score += earned;
    entry.total += item.points;
  }
  // Rounded once, by the one rule, to what the candidate is shown: the module rows add up to it.
  points = roundHalfUp(points, 1);
  const score = maxPoints ? points / maxPoints : 0;
  const passed = pending ? null : answered > 0 && percentOf(score) >= percentOf(passMark);
  return { points, maxPoints, score, answered, unanswered: items.length - answered, pending, passed, byModule };
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
  blueprint: { papers: readonly { id: string; sections: readonly SectionRule[] }[] },
  moduleIds: readonly string[],
  bank: readonly BankQuestion[],
): Problem[] {
  return blueprint.papers.flatMap((paper, p): Problem[] => {
    const item = { kind: 'paper', id: paper.id } as const;
    const known = (section: SectionRule) => !section.module || moduleIds.includes(section.module);
    const unknown = paper.sections.flatMap((section, i): Problem[] =>
      known(section) ? [] : [{ file, item, field: ['papers', p, 'sections', i, 'module'], code: 'exam.noModule', values: { module: section.module! } }],
    );
    // A section naming an unknown module already has its problem: none for drawing nothing.
    const short = drawExam(bank, paper, 1).shortfalls.filter((s) => known(paper.sections[s.section]!));
    return [
      ...unknown,
      ...short.map(({ section: index, wanted, found }): Problem => {
        const section = paper.sections[index]!;
        return {
          file,
          item,
          code: 'exam.shortfall',
          values: {
            section: section.label ? { code: 'exam.sectionLabel', values: { index, label: section.label } } : { code: 'exam.section', values: { index } },
            from: section.module ? { code: 'exam.fromModule', values: { module: section.module } } : { code: 'exam.fromAll' },
            types: section.types.join('/'),
            tagged: section.tags?.length ? { code: 'exam.tagged', values: { tags: section.tags.join('/') } } : '',
            parts: section.minParts ? { code: 'exam.minParts', values: { parts: section.minParts } } : '',
            spread: section.maxPerModule ? { code: 'exam.maxPerModule', values: { max: section.maxPerModule } } : '',
            advice: section.maxPerModule ? { code: 'exam.adviceSpread' } : section.minParts ? { code: 'exam.adviceParts' } : '',
            count: wanted,
            found,
          },
        };
      }),
    ];
  });
}

/** The paper `id` of the blueprint, or its first (the default) when there is no such paper. */
export function findPaper<P extends { id: string }>(papers: readonly P[], id: string | null | undefined): P {
  return papers.find((p) => p.id === id) ?? papers[0]!;
}

/**
 * Points earned on one question: the share of its own marks earned (for a case, the marks of the
 * answer points ticked over its total marks) times the points of its slot in the paper. So a
 * question whose marks equal its slot's points scores exactly the marks ticked; a question marked
 * out of 10 in a 15-point slot is scaled by 15/10 (a question without marks counts each point equally).
 */
export function scaledScore(share: number, slotPoints: number): number {
  return share * slotPoints;
}

/**
 * The marks a question's parts show on a paper where the question is worth `slotPoints`: each part's own
 * marks scaled as `scaledScore` scales what is earned, in half marks (as a paper gives them) that add up
 * to the slot's points exactly, the halves left over going to the parts that lost most to rounding. A case
 * marked out of 20 in a 15-point slot shows its parts of 12 and 8 as 9 and 6.
 */
export function partPoints(ownMarks: readonly number[], slotPoints: number): number[] {
  const total = ownMarks.reduce((sum, marks) => sum + marks, 0);
  if (total <= 0) return ownMarks.map(() => 0);
  const exact = ownMarks.map((marks) => (marks / total) * slotPoints * 2);
  const halves = exact.map(Math.floor);
  let left = Math.round(slotPoints * 2) - halves.reduce((sum, h) => sum + h, 0);
  const byLoss = exact.map((value, i) => ({ i, loss: value - halves[i]! })).sort((a, b) => b.loss - a.loss || a.i - b.i);
  for (const { i } of byLoss) {
    if (left <= 0) break;
    halves[i]!++;
    left--;
  }
  return halves.map((h) => h / 2);
}

/** How one question of a submitted exam went: 正确, 部分正确, 错误, 未作答, or waiting for self-assessment. */
export type Outcome = 'right' | 'partial' | 'wrong' | 'blank' | 'pending';

/** The review filters after an exam: 全部 / 只看错题 / 只看未答 / 已标记. */
export type ReviewFilter = 'all' | 'wrong' | 'blank' | 'flagged';

/**
 * A question's outcome: blank when unanswered, pending while a case waits for self-assessment,
 * else right (full marks), partial (some marks) or wrong (none).
 */
export function outcomeOf({ blank, correct, score, pending = false }: { blank: boolean; correct: boolean; score?: number; pending?: boolean }): Outcome {
  if (blank) return 'blank';
  if (pending) return 'pending';
  if (correct) return 'right';
  return score !== undefined && score > 0 ? 'partial' : 'wrong';
}

/** Whether a question shows under `filter`: a partly right answer counts as a mistake; a flag is kept after submission. */
export function shownBy(filter: ReviewFilter, outcome: Outcome, flagged: boolean): boolean {
  if (filter === 'wrong') return outcome === 'wrong' || outcome === 'partial';
  if (filter === 'blank') return outcome === 'blank';
  if (filter === 'flagged') return flagged;
  return true;
}
