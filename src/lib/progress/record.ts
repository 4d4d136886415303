import { MAX_STAFF_ID_LENGTH } from './learner-id.ts';
import { CUSTOM_PATH_ID, MAX_RESPONSE_LENGTH, type Attempt, type ExamRecord, type ExamSession, type LessonProgress, type ProgressData } from './types.ts';

/** Attempts kept per question (the newest), so storage stays small. */
export const MAX_ATTEMPTS = 50;

/** Right answers in a row that take a question out of the wrong-answer notebook. */
export const NOTEBOOK_REMOVE_AFTER = 2;

const lesson = (data: ProgressData, id: string, now: number): LessonProgress => (data.lessons[id] ??= { firstVisit: now, lastVisit: now, seconds: 0 });

/** Notes that the learner opened a lesson at `now`. */
export function recordVisit(data: ProgressData, lessonId: string, now: number): void {
  const entry = lesson(data, lessonId, now);
  entry.lastVisit = Math.max(entry.lastVisit, now);
}

/** Adds study time to a lesson already visited; anything but a positive number of seconds is ignored. */
export function recordStudyTime(data: ProgressData, lessonId: string, seconds: number): void {
  const entry = data.lessons[lessonId];
  // Timers misfire (a laptop waking from sleep), so odd amounts are dropped rather than stored.
  if (entry && seconds > 0 && Number.isFinite(seconds)) entry.seconds += seconds;
}

/** Marks a lesson complete; the first completion time is kept. */
export function markComplete(data: ProgressData, lessonId: string, now: number): void {
  lesson(data, lessonId, now).completedAt ??= now;
}

/**
 * Records an answer and keeps the wrong-answer notebook: a wrong answer adds or refreshes the question,
 * `removeAfter` right answers in a row take it out again.
 */
export function recordAttempt(data: ProgressData, questionId: string, attempt: Attempt, { removeAfter = NOTEBOOK_REMOVE_AFTER } = {}): void {
  const answer = attempt.answer?.slice(0, 200);
  const { response, ...rest } = attempt;
  const kept: Attempt = answer === undefined ? rest : { ...rest, answer };
  // Only the newest answer is shown again, so only the newest keeps its response; one too long is not kept.
  if (response && JSON.stringify(response).length <= MAX_RESPONSE_LENGTH) kept.response = structuredClone(response);
  const list = (data.attempts[questionId] ??= []);
  for (const older of list) delete older.response;
  list.push(kept);
  list.splice(0, list.length - MAX_ATTEMPTS);
  const entry = data.notebook[questionId];
  if (!attempt.correct) {
    data.notebook[questionId] = { addedAt: entry?.addedAt ?? attempt.at, lastWrongAt: attempt.at, streak: 0 };
    if (answer !== undefined) data.notebook[questionId].answer = answer;
  } else if (entry && ++entry.streak >= removeAfter) delete data.notebook[questionId];
}

/** One question of a submitted exam as the record needs it; `blank` when the candidate left it unanswered. */
export interface ExamAnswer {
  id: string;
  blank: boolean;
  correct: boolean;
  score: number;
  answer?: string;
}

/**
 * Keeps a submitted exam and the answers given in it. A question left blank is not an answer: it
 * adds no attempt, so it neither enters the notebook nor lowers accuracy. The same exam recorded
 * again (once its case questions are self-assessed) replaces the earlier record; pass only the
 * answers not recorded yet. The exam under way is over, so its saved session goes.
 */
export function recordExam(data: ProgressData, exam: ExamRecord, answers: readonly ExamAnswer[] = []): void {
  const index = data.exams.findIndex((e) => e.id === exam.id);
  if (index >= 0) data.exams[index] = exam;
  else data.exams.push(exam);
  for (const a of answers) {
    if (a.blank) continue;
    const attempt: Attempt = { at: exam.submittedAt, correct: a.correct, score: a.score, source: 'exam' };
    if (a.answer !== undefined) attempt.answer = a.answer;
    recordAttempt(data, a.id, attempt);
  }
  if (data.examSession?.startedAt === exam.startedAt) delete data.examSession;
}

/** Keeps the exam under way (answers, flags, time left), replacing what was saved before. */
export function saveExamSession(data: ProgressData, session: ExamSession): void {
  data.examSession = session;
}

/** Forgets the exam under way (the candidate chose to discard it). */
export function discardExamSession(data: ProgressData): void {
  delete data.examSession;
}

/** Stars a question (收藏), or takes its star away; `starred` says which. */
export function setFavourite(data: ProgressData, questionId: string, starred: boolean, now: number): void {
  if (starred) data.favourites[questionId] ??= now;
  else delete data.favourites[questionId];
}

/** Sets the name the learner gave for certificates and exported files. */
export function setLearnerName(data: ProgressData, name: string): void {
  data.learnerName = name.trim();
}

/** Gives progress that has no learner id yet (stored before ids existed) the id `id`; an id once given is kept. */
export function assignLearnerId(data: ProgressData, id: string): void {
  data.learnerId ||= id;
}

/** Sets the 工号 the learner gave next to their name ('' to take it away). */
export function setStaffId(data: ProgressData, staffId: string): void {
  data.staffId = staffId.trim().slice(0, MAX_STAFF_ID_LENGTH);
}

/** Remembers where a practice set was left, to resume there. */
export function setPracticePosition(data: ProgressData, practiceId: string, position: number): void {
  if (Number.isInteger(position) && position >= 0) data.practice[practiceId] = position;
}

/** Replaces the whole progress with `incoming` (an import already merged with what was there). */
export function replaceProgress(data: ProgressData, incoming: ProgressData): void {
  Object.assign(data, incoming);
}

/** Notes that the learner exported their progress to a file at `now`. */
export function recordExport(data: ProgressData, now: number): void {
  data.exportedAt = Math.max(data.exportedAt ?? 0, now);
}

/** Follows the learning path `pathId` from `now` on: lessons, 继续学习 and 上一课/下一课 go along it. */
export function followPath(data: ProgressData, pathId: string, now: number): void {
  if (data.path?.id !== pathId) data.path = { id: pathId, since: now };
}

/**
 * Follows a trainer's custom path, known by its link's query `link` (`?p=…`, however its characters are
 * escaped); following the same link again keeps the time it was first followed.
 */
export function followCustomPath(data: ProgressData, link: string, now: number): void {
  const query = `?${new URLSearchParams(link).toString()}`;
  if (data.path?.id !== CUSTOM_PATH_ID || data.path.link !== query) data.path = { id: CUSTOM_PATH_ID, since: now, link: query };
}

/** Leaves the learning path followed: the course's own order applies again. */
export function leavePath(data: ProgressData): void {
  delete data.path;
}

/** Notes that the practice step on `moduleId` of path `pathId` was done; the first time is kept. */
export function completePathStep(data: ProgressData, pathId: string, moduleId: string, now: number): void {
  data.pathSteps[pathStepKey(pathId, moduleId)] ??= now;
}

/** The key of a path's practice step in `pathSteps`. */
export const pathStepKey = (pathId: string, moduleId: string) => `${pathId}/${moduleId}`;
