/**
 * What the course tells a Learning Record Store in a cmi5 launch, as pure data: which statements follow
 * from a change of progress (report plan), the "cmi5 allowed" statements themselves (answers and lessons),
 * and the State API document that carries progress to the next launch. The launch element sends them
 * with @xapi/cmi5; nothing here touches the network or the page.
 */
import type { QuestionType } from '../../question-types/shared.ts';
import { traits } from '../../question-types/traits.ts';
import type { Attempt, ExamRecord, ProgressData } from '../progress/types.ts';
import { decodeSuspend, encodeSuspend, type SuspendIds } from '../scorm/suspend.ts';
import { isCountedExam, type PaperKind } from '../exam-papers.ts';

/** The course's own IRI: the root of every activity id it reports (lessons and questions keep theirs across packages). */
export const COURSE_IRI = 'urn:x-course:customer-service-course';

export const iris = {
  course: COURSE_IRI,
  au: (unit: AuKind) => `${COURSE_IRI}/au/${unit}`,
  lesson: (id: string) => `${COURSE_IRI}/lesson/${encodeURI(id)}`,
  question: (id: string) => `${COURSE_IRI}/question/${encodeURI(id)}`,
};

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
} as const;

const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** The two AUs of the package: the course (lessons), and the mock exam. */
export type AuKind = 'course' | 'exam';

/** The state document's id in the State API (one per learner, AU and registration). */
export const STATE_ID = 'course-progress';

// --- statements (xAPI 1.0.3, as far as the course writes them) ---

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

interface ContextActivity {
  objectType?: 'Activity';
  id: string;
  definition?: Record<string, unknown>;
}

interface Context {
  registration?: string;
  contextActivities?: { parent?: ContextActivity[]; grouping?: ContextActivity[]; category?: ContextActivity[]; other?: ContextActivity[] };
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Statement {
  id?: string;
  actor: Agent;
  verb: { id: string; display?: Record<string, string> };
  object: { objectType?: 'Activity'; id: string; definition?: Record<string, unknown> };
  result?: {
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  context?: Context;
  timestamp?: string;
  stored?: string;
}

/** What a launch fixed: who, which registration, which AU, and the LMS's context template. */
export interface LaunchInfo {
  actor: Agent;
  registration: string;
  activityId: string;
  contextTemplate?: Context;
}

// Each question type as the nearest xAPI interaction type: SCORM 2004's, which xAPI took over (its traits.ts).
const interactionOf = (type: QuestionType): string => traits[type].interaction[1];

/**
 * A "cmi5 allowed" statement: the launch's actor and registration, the LMS's context template (its
 * session id and publisher id), the AU as parent, and no cmi5 category, as cmi5 section 9.6 asks.
 */
function allowedStatement(launch: LaunchInfo, part: Pick<Statement, 'verb' | 'object' | 'result'>, id: string, at: number): Statement {
  const template = launch.contextTemplate ?? {};
  const activities = template.contextActivities ?? {};
  const context: Context = {
    ...template,
    registration: launch.registration,
    contextActivities: { ...activities, parent: [{ objectType: 'Activity', id: launch.activityId }] },
  };
  return { id, actor: launch.actor, ...part, context, timestamp: new Date(at).toISOString() };
}

/** One answer to a question as an "answered" statement: its result (success, response, score) on the question's activity. */
export function answeredStatement(launch: LaunchInfo, question: { id: string; type: QuestionType; name?: string }, attempt: Attempt, id: string): Statement {
  const definition: Record<string, unknown> = { type: ACTIVITY_TYPES.interaction, interactionType: interactionOf(question.type) };
  if (question.name) definition.name = { 'zh-CN': question.name };
  const result: NonNullable<Statement['result']> = { success: attempt.correct, completion: true, score: { scaled: Math.round(attempt.score * 1000) / 1000 } };
  // The short text of the answer; an LRS keeps it as given.
  if (attempt.answer) result.response = attempt.answer;
  return allowedStatement(
    launch,
    { verb: { id: VERBS.answered, display: { 'zh-CN': '作答' } }, object: { objectType: 'Activity', id: iris.question(question.id), definition }, result },
    id,
    attempt.at,
  );
}

/** A lesson completed, as a "completed" statement on the lesson's activity (allowed: not on the AU, no cmi5 category). */
export function lessonStatement(launch: LaunchInfo, lesson: { id: string; title?: string }, at: number, id: string): Statement {
  const definition: Record<string, unknown> = { type: ACTIVITY_TYPES.lesson };
  if (lesson.title) definition.name = { 'zh-CN': lesson.title };
  return allowedStatement(
    launch,
    { verb: { id: VERBS.completed, display: { 'zh-CN': '学完' } }, object: { objectType: 'Activity', id: iris.lesson(lesson.id), definition }, result: { completion: true } },
    id,
    at,
  );
}

// --- what to report ---

/** What one AU is measured against. */
export interface AuCourse {
  kind: AuKind;
  /** Lessons whose completion completes the course AU. */
  lessonIds: readonly string[];
  questionTypes: Readonly<Record<string, QuestionType>>;
  /** The score that passes the exam AU: LaunchData's masteryScore, else the exam's own pass mark. */
  masteryScore?: number;
  /** The exam's papers: only a mock exam on a full paper passes or fails the AU (isCountedExam), not a self-test. */
  papers: readonly PaperKind[];
  /** cmi5's launch mode: outside "Normal" no completed, passed or failed is sent. */
  launchMode: 'Normal' | 'Browse' | 'Review';
}

/** What was reported already in this registration; kept in the State API across launches. */
export interface Cmi5Memo {
  completed: boolean;
  passed: boolean;
  /** The last percentage sent with "progressed". */
  progress: number;
  /** `<question id>@<time>` of each answer reported or known before the launch. */
  answered: Set<string>;
  /** Lessons reported complete or complete before the launch. */
  lessons: Set<string>;
  /** Exams (by id) already judged passed or failed. */
  exams: Set<string>;
}

export type Cmi5Step =
  | { kind: 'answered'; question: string; type: QuestionType; attempt: Attempt }
  | { kind: 'lesson'; lesson: string; at: number }
  | { kind: 'progress'; percent: number }
  | { kind: 'completed' }
  | { kind: 'passed' | 'failed'; exam: ExamRecord; scaled: number };

export const emptyMemo = (): Cmi5Memo => ({ completed: false, passed: false, progress: 0, answered: new Set(), lessons: new Set(), exams: new Set() });

const answerKey = (id: string, a: Attempt) => `${id}@${a.at}`;

/** Marks everything in `data` as known, so a launch reports only what happens during it. */
export function knowAll(memo: Cmi5Memo, data: ProgressData): void {
  for (const [id, list] of Object.entries(data.attempts)) for (const a of list) memo.answered.add(answerKey(id, a));
  for (const [id, l] of Object.entries(data.lessons)) if (l.completedAt !== undefined) memo.lessons.add(id);
  for (const e of data.exams) memo.exams.add(e.id);
}

/** The lessons of `lessonIds` complete in `data`, as a whole percentage. */
function percentDone(data: ProgressData, lessonIds: readonly string[]): number {
  if (lessonIds.length === 0) return 0;
  const done = lessonIds.filter((id) => data.lessons[id]?.completedAt !== undefined).length;
  return Math.floor((done / lessonIds.length) * 100);
}

/**
 * The statements `data` calls for that `memo` has not seen, in the order to send them, and records them
 * in `memo`. Answers and lessons come first, oldest first; then, for the course AU, "progressed" and,
 * once every lesson is complete, "completed"; for the exam AU, each newly submitted exam (once its case
 * questions are self-assessed) gives "completed" (once per registration) and "passed" or "failed"
 * against the mastery score. Nothing follows "passed" but answers and lessons.
 */
export function planReport(data: ProgressData, memo: Cmi5Memo, au: AuCourse): Cmi5Step[] {
  const steps: Cmi5Step[] = [];
  const timed: { at: number; step: Cmi5Step }[] = [];
  for (const [id, list] of Object.entries(data.attempts)) {
    const type = au.questionTypes[id];
    for (const attempt of list) {
      const key = answerKey(id, attempt);
      if (memo.answered.has(key)) continue;
      memo.answered.add(key);
      if (type) timed.push({ at: attempt.at, step: { kind: 'answered', question: id, type, attempt } });
    }
  }
  for (const [id, lesson] of Object.entries(data.lessons)) {
    if (lesson.completedAt === undefined || memo.lessons.has(id)) continue;
    memo.lessons.add(id);
    timed.push({ at: lesson.completedAt, step: { kind: 'lesson', lesson: id, at: lesson.completedAt } });
  }
  steps.push(...timed.sort((a, b) => a.at - b.at).map((t) => t.step));
  const normal = au.launchMode === 'Normal';

  if (au.kind === 'course') {
    const percent = percentDone(data, au.lessonIds);
    if (percent !== memo.progress && !memo.completed) {
      memo.progress = percent;
      if (percent < 100) steps.push({ kind: 'progress', percent });
    }
    if (normal && percent === 100 && !memo.completed) {
      memo.completed = true;
      steps.push({ kind: 'completed' });
    }
    return steps;
  }

  // An exam still waiting for its self-assessment is judged once it is finished (isCountedExam leaves it out till then).
  const exams = [...data.exams].filter((e) => !memo.exams.has(e.id) && isCountedExam(e, au.papers)).sort((a, b) => a.submittedAt - b.submittedAt);
  for (const exam of exams) {
    memo.exams.add(exam.id);
    if (!normal) continue;
    if (!memo.completed) {
      memo.completed = true;
      steps.push({ kind: 'completed' });
    }
    // Once passed, the registration stays passed: a later weaker attempt is not reported as failed.
    if (memo.passed) continue;
    const scaled = Math.round(exam.score * 1000) / 1000;
    const mastery = au.masteryScore ?? exam.passMark;
    const passed = scaled >= mastery;
    if (passed) memo.passed = true;
    steps.push({ kind: passed ? 'passed' : 'failed', exam, scaled });
  }
  return steps;
}

/** The result score of an exam for "passed"/"failed": scaled, and the points when the exam has them. */
export function examScore(exam: ExamRecord, scaled: number): { scaled: number; raw?: number; min?: number; max?: number } {
  if (exam.points !== undefined && exam.maxPoints) return { scaled, raw: exam.points, min: 0, max: exam.maxPoints };
  return { scaled, raw: Math.round(exam.score * 100), min: 0, max: 100 };
}

// --- the State API document ---

/** What the course keeps in the State API: a summary of progress and what was reported already. */
export interface StateDocument {
  format: 1;
  /** Progress as the SCORM packages' suspend data (the same summary, with room to spare). */
  progress: string;
  completed: boolean;
  passed: boolean;
  progressPercent: number;
}

/** The largest summary the course writes; LRSs take far more, but nobody needs it. */
const STATE_PROGRESS_LIMIT = 64000;

export function stateDocument(data: ProgressData, memo: Cmi5Memo): StateDocument {
  return { format: 1, progress: encodeSuspend(data, STATE_PROGRESS_LIMIT), completed: memo.completed, passed: memo.passed, progressPercent: memo.progress };
}

/** The progress and memo flags in a state document; null when `doc` is not one of this course's. */
export function readStateDocument(doc: unknown, ids: SuspendIds): { progress: ProgressData | null; completed: boolean; passed: boolean; progressPercent: number } | null {
  if (!doc || typeof doc !== 'object') return null;
  const d = doc as Partial<StateDocument>;
  if (d.format !== 1 || typeof d.progress !== 'string') return null;
  const percent = typeof d.progressPercent === 'number' && d.progressPercent >= 0 && d.progressPercent <= 100 ? Math.floor(d.progressPercent) : 0;
  return { progress: decodeSuspend(d.progress, ids), completed: d.completed === true, passed: d.passed === true, progressPercent: percent };
}
