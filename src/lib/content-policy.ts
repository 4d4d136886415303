/**
 * Rules about the content as a whole, computed from the data: how many questions a lesson has, whether
 * the exam's full marks are fixed, and the figures that let a learner guess without knowing (where the
 * key sits, which option is longest, how many statements are true…). They are warnings a trainer reads
 * in `npm run check:content`: the figure, the threshold, and which items to look at. They never stop
 * the build; what breaks the course is an error elsewhere (course-validation, the schemas, the exam).
 */
import { isSelfAssessed } from '../question-types/traits.ts';
import { QUESTION_TYPES, type QuestionType } from '../question-types/shared.ts';
import { say, type Message, type MessageValue, type Problem } from './content-messages.ts';
import { paperPoints, type SectionRule } from './exam.ts';

/** The thresholds, in one place: a trainer's course may change them here. */
const POLICY = {
  /** Fewer questions than this in a lesson's file leave its quiz and practice thin. */
  lessonQuestions: 12,
  /** No single letter should hold more than this share of the single-choice keys. */
  keyPosition: 0.4,
  /** The right option should be the longest in at most this share of choice questions. */
  longestRight: 0.4,
  /** The share of true statements among true/false questions, from…to. */
  trueShare: [0.4, 0.6] as const,
  /** At least this share of multiple-choice questions should have exactly two right options. */
  multipleTwoRight: 0.1,
  /** At least this share of objective questions should be at difficulty 3. */
  objectiveLevel3: 0.05,
  /** At least this share of all questions at difficulty 2, and at difficulty 3. */
  difficulty: { 2: 1 / 3, 3: 1 / 10 },
  /** A case key point's keyword shorter than this matches almost any answer. */
  keywordLength: 2,
  /** A 案例分析 question's case shorter than this does not stand alone in the exam. */
  caseLength: 40,
  /** At most this many ids are listed in one warning. */
  listed: 8,
} as const;

/** The part of a question the rules read. */
export interface PolicyQuestion {
  id: string;
  type: string;
  lesson: string;
  stem?: string | undefined;
  /** The scenario of a case question, which stands before its stem. */
  case?: string | undefined;
  difficulty?: number | undefined;
  options?: readonly { text: string; correct?: boolean | undefined }[] | undefined;
  answer?: unknown;
  tags?: readonly string[] | undefined;
  keyPoints?: readonly { keywords: readonly string[] }[] | undefined;
}

interface PolicyLesson {
  id: string;
  file: string;
  body: string;
  /** The file line `body` starts on. */
  bodyLine?: number | undefined;
}

interface PolicyTerm {
  id: string;
  file: string;
  line?: number | undefined;
  definition: string;
}

export interface PolicyInput {
  /** Every valid question, with the file and line it is written at. */
  questions: readonly (PolicyQuestion & { file: string; line?: number | undefined })[];
  /** Each question file: its lesson and file, so a lesson with few questions is named by its file. */
  questionFiles?: readonly { lesson: string; file: string }[];
  lessons?: readonly PolicyLesson[];
  terms?: readonly PolicyTerm[];
  exam?: { file: string; papers: readonly { id: string; sections: readonly SectionRule[] }[] } | undefined;
}

/** Types a learner answers by choosing or arranging, scored at once (not self-assessed: see each type's traits.ts). */
const isWritten = (q: Pick<PolicyQuestion, 'type'>) => (QUESTION_TYPES as readonly string[]).includes(q.type) && isSelfAssessed(q.type as QuestionType);
const isObjective = (q: Pick<PolicyQuestion, 'type'>) => !isWritten(q);

const percent = (share: number) => `${Math.round(share * 100)}%`;
const LETTERS = 'ABCDEFGHIJ';

/** Up to POLICY.listed ids, then "… 等 N 道". */
function ids(list: readonly string[]): MessageValue {
  const join = (items: readonly string[]) => items.join(say('where.list'));
  if (list.length <= POLICY.listed) return join(list);
  return { code: 'policy.more', values: { ids: join(list.slice(0, POLICY.listed)), count: list.length } };
}

/** Phrases that send the learner to the handout instead of asking about the subject. */
const SOURCE_CITATION = /讲义|原文|原资料|资料(?:认为|里|中|的说法)|按《|》(?:认为|的说法|里|中)|答题要点|参考答案|考试(?:案例|简答)/;

/** Remarks about the source document itself, which belong in the collapsed 资料说明. */
const SOURCE_REMARK = /原文|原资料|乱码|错字|排版/;

/** Where a lesson body's text sits outside `<Callout kind="source">…</Callout>`. */
function outsideSourceCallouts(body: string): string {
  // Blank the callouts out (keeping line breaks) so offsets and line numbers stay the same.
  return body.replace(/<Callout\b[^>]*\bkind=["']source["'][^>]*>[\s\S]*?<\/Callout>/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** The single-choice key letters: which letter holds the key, how often. */
function keyPositions(questions: readonly PolicyQuestion[]): Problem | undefined {
  const singles = questions.filter((q) => q.type === 'single' && q.options?.length);
  if (singles.length < 8) return undefined;
  const byLetter = new Map<number, string[]>();
  for (const q of singles) {
    const at = q.options!.findIndex((o) => o.correct);
    byLetter.set(at, [...(byLetter.get(at) ?? []), q.id]);
  }
  const [position, list] = [...byLetter].sort((a, b) => b[1].length - a[1].length)[0]!;
  const share = list.length / singles.length;
  if (share <= POLICY.keyPosition) return undefined;
  return warning('policy.singleKeyPosition', {
    count: list.length,
    total: singles.length,
    share: percent(share),
    letter: LETTERS[position] ?? String(position + 1),
    limit: percent(POLICY.keyPosition),
    ids: ids(list),
  });
}

function longestRight(questions: readonly PolicyQuestion[]): Problem | undefined {
  const choice = questions.filter((q) => (q.type === 'single' || q.type === 'multiple') && (q.options?.length ?? 0) > 1);
  if (choice.length < 8) return undefined;
  const cued = choice.filter((q) => {
    const length = (o: { text: string }) => [...o.text].length;
    const right = Math.max(...q.options!.filter((o) => o.correct).map(length));
    const wrong = Math.max(0, ...q.options!.filter((o) => !o.correct).map(length));
    return right > wrong;
  });
  const share = cued.length / choice.length;
  if (share <= POLICY.longestRight) return undefined;
  return warning('policy.longestRight', { count: cued.length, total: choice.length, share: percent(share), limit: percent(POLICY.longestRight), ids: ids(cued.map((q) => q.id)) });
}

function trueShare(questions: readonly PolicyQuestion[]): Problem | undefined {
  const statements = questions.filter((q) => q.type === 'truefalse');
  if (statements.length < 8) return undefined;
  const yes = statements.filter((q) => q.answer === true);
  const share = yes.length / statements.length;
  const [min, max] = POLICY.trueShare;
  if (share >= min && share <= max) return undefined;
  const many = share > max ? yes : statements.filter((q) => q.answer !== true);
  return warning('policy.trueShare', {
    count: yes.length,
    total: statements.length,
    share: percent(share),
    min: percent(min),
    max: percent(max),
    guess: { code: share > max ? 'policy.guess.true' : 'policy.guess.false' },
    ids: ids(many.map((q) => q.id)),
  });
}

function multipleTwoRight(questions: readonly PolicyQuestion[]): Problem | undefined {
  const multiple = questions.filter((q) => q.type === 'multiple' && q.options?.length);
  if (multiple.length < 5) return undefined;
  const two = multiple.filter((q) => q.options!.filter((o) => o.correct).length === 2);
  const min = Math.max(1, Math.ceil(multiple.length * POLICY.multipleTwoRight));
  if (two.length >= min) return undefined;
  return warning('policy.multipleTwoRight', { count: two.length, total: multiple.length, min });
}

function objectiveLevel3(questions: readonly PolicyQuestion[]): Problem | undefined {
  const objective = questions.filter(isObjective);
  if (objective.length < 10) return undefined;
  const hard = objective.filter((q) => q.difficulty === 3);
  const min = Math.max(1, Math.ceil(objective.length * POLICY.objectiveLevel3));
  if (hard.length >= min) return undefined;
  return warning('policy.objectiveLevel3', { count: hard.length, total: objective.length, min });
}

function stemsCitingSource(questions: readonly PolicyQuestion[]): Problem | undefined {
  const citing = questions.filter((q) => SOURCE_CITATION.test(`${q.case ?? ''}\n${q.stem ?? ''}`));
  if (!citing.length) return undefined;
  return warning('policy.stemCitesSource', { count: citing.length, total: questions.length, ids: ids(citing.map((q) => q.id)) });
}

function difficultySpread(questions: readonly PolicyQuestion[]): Problem[] {
  if (questions.length < 10) return [];
  return ([2, 3] as const).flatMap((level) => {
    const count = questions.filter((q) => q.difficulty === level).length;
    const share = count / questions.length;
    const min = POLICY.difficulty[level];
    return share >= min ? [] : [warning('policy.difficultySpread', { level, count, total: questions.length, share: percent(share), min: percent(min) })];
  });
}

function shortKeywords(questions: readonly PolicyQuestion[]): Problem | undefined {
  const short = questions.filter((q) => q.keyPoints?.some((p) => p.keywords.some((word) => [...word].length < POLICY.keywordLength)));
  return short.length ? warning('policy.shortKeyword', { count: short.length, ids: ids(short.map((q) => q.id)) }) : undefined;
}

function thinCases(questions: readonly PolicyQuestion[]): Problem | undefined {
  const thin = questions.filter((q) => q.case !== undefined && q.tags?.includes('案例分析') && [...(q.case ?? '')].length < POLICY.caseLength);
  return thin.length ? warning('policy.thinCase', { count: thin.length, min: POLICY.caseLength, ids: ids(thin.map((q) => q.id)) }) : undefined;
}

/** Words that send a question back to the lesson it came from: in an exam it stands alone. */
const LEANS_ON_LESSON = /本课|上一课|本模块|前面讲过/;

function leaningOnLesson(questions: readonly PolicyQuestion[]): Problem | undefined {
  const leaning = questions.filter((q) => isWritten(q) && LEANS_ON_LESSON.test(`${q.case ?? ''}${q.stem ?? ''}`));
  return leaning.length ? warning('policy.leansOnLesson', { count: leaning.length, ids: ids(leaning.map((q) => q.id)) }) : undefined;
}

/** A warning about the bank as a whole: placed at the question folder, so it sorts with it. */
function warning(code: Message['code'], values: Record<string, MessageValue>): Problem {
  return { file: 'content/questions/', code, values, severity: 'warning' };
}

/** Every warning about the course, computed from its data. */
export function policyWarnings(input: PolicyInput): Problem[] {
  const { questions } = input;
  const warnings: Problem[] = [];

  const perLesson = Map.groupBy(questions, (q) => q.lesson);
  for (const { lesson, file } of input.questionFiles ?? []) {
    const count = perLesson.get(lesson)?.length ?? 0;
    if (count < POLICY.lessonQuestions) warnings.push({ file, code: 'policy.lessonQuestions', values: { count, min: POLICY.lessonQuestions }, severity: 'warning' });
  }

  for (const paper of input.exam?.papers ?? []) {
    const { min, max } = paperPoints(paper.sections);
    if (min !== max) warnings.push({ file: input.exam!.file, item: { kind: 'paper', id: paper.id }, code: 'policy.examPoints', values: { min, max }, severity: 'warning' });
  }

  for (const rule of [keyPositions, longestRight, trueShare, multipleTwoRight, objectiveLevel3, stemsCitingSource, shortKeywords, thinCases, leaningOnLesson]) {
    const found = rule(questions);
    if (found) warnings.push(found);
  }
  warnings.push(...difficultySpread(questions));

  for (const lesson of input.lessons ?? []) {
    const text = outsideSourceCallouts(lesson.body);
    for (const match of text.matchAll(new RegExp(SOURCE_REMARK.source, 'g'))) {
      const before = text.slice(0, match.index);
      const line = lesson.bodyLine === undefined ? undefined : lesson.bodyLine + (before.match(/\n/g)?.length ?? 0);
      const lineText = text
        .slice(before.lastIndexOf('\n') + 1)
        .split('\n')[0]!
        .trim();
      warnings.push({
        file: lesson.file,
        line,
        code: 'policy.sourceRemarkInBody',
        values: { text: [...lineText].length > 40 ? { code: 'policy.cut', values: { text: [...lineText].slice(0, 38).join('') } } : lineText },
        severity: 'warning',
      });
    }
  }

  for (const term of input.terms ?? []) {
    if (term.definition.trimStart().startsWith('本课程的归纳'))
      warnings.push({ file: term.file, line: term.line, item: { kind: 'term', id: term.id }, field: ['definition'], code: 'policy.glossaryCourseNote', severity: 'warning' });
  }
  return warnings;
}
