import { traits } from '../../question-types/traits.ts';
import type { QuestionType } from '../../question-types/shared.ts';
import type { Attempt, ExamRecord, ProgressData } from '../progress/types.ts';
import { completedCount } from '../progress/summary.ts';
import { isCountedExam, type PaperKind } from '../exam-papers.ts';

/** The two SCORM versions the course is packaged for. */
export type ScormVersion = '1.2' | '2004';

/** What the LMS reports are measured against: the lessons of the package and its questions. */
export interface ScormCourse {
  /** The lessons to complete: the whole course, or one learning path's. */
  lessonIds: readonly string[];
  /** Every question's type, by id, for interactions. */
  questionTypes: Readonly<Record<string, QuestionType>>;
  /** The exam's papers: only a mock exam on a full paper is the course's score (isCountedExam), not a self-test. */
  papers: readonly PaperKind[];
}

/** The counted exam with the best score (the latest of equal ones), if any. */
function bestExam(exams: readonly ExamRecord[], papers: readonly PaperKind[]): ExamRecord | undefined {
  return exams.filter((e) => isCountedExam(e, papers)).sort((a, b) => b.score - a.score || b.submittedAt - a.submittedAt)[0];
}

/** The lesson visited last, where the LMS should resume; undefined before the first lesson. */
export function lastLesson(data: ProgressData, lessonIds: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const id of lessonIds) if (data.lessons[id] && (!found || data.lessons[id].lastVisit > data.lessons[found]!.lastVisit)) found = id;
  return found;
}

/**
 * The CMI values that sum up `data` for the LMS: completion, the best exam's score and result, and
 * the location. Keys are SCORM element names of `version`; values are the strings the API takes.
 */
export function scormValues(data: ProgressData, course: ScormCourse, version: ScormVersion): Record<string, string> {
  const total = course.lessonIds.length;
  const done = completedCount(data, course.lessonIds);
  const completed = total > 0 && done === total;
  const exam = bestExam(data.exams, course.papers);
  const raw = exam && String(Math.round(exam.score * 100));
  const location = lastLesson(data, course.lessonIds) ?? '';
  const out: Record<string, string> = {};
  if (version === '1.2') {
    // SCORM 1.2 has one status for both: a lesson left makes it incomplete, whatever the exam said.
    out['cmi.core.lesson_status'] = !completed ? 'incomplete' : !exam ? 'completed' : exam.passed ? 'passed' : 'failed';
    if (raw) Object.assign(out, { 'cmi.core.score.raw': raw, 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
    // An empty location is no location: the LMS keeps none rather than an empty one.
    if (location) out['cmi.core.lesson_location'] = location;
    return out;
  }
  out['cmi.completion_status'] = completed ? 'completed' : 'incomplete';
  out['cmi.progress_measure'] = total ? String(Math.round((done / total) * 1000) / 1000) : '0';
  out['cmi.success_status'] = !exam ? 'unknown' : exam.passed ? 'passed' : 'failed';
  if (raw && exam) {
    Object.assign(out, { 'cmi.score.raw': raw, 'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.score.scaled': String(Math.round(exam.score * 1000) / 1000) });
  }
  if (location) out['cmi.location'] = location;
  return out;
}

/** The values of interaction number `index`: one answer to question `id`. */
export function interactionValues(index: number, id: string, type: QuestionType, attempt: Attempt, version: ScormVersion): Record<string, string> {
  const prefix = `cmi.interactions.${index}.`;
  // Each question type as the nearest interaction type each standard has (its `traits` in score.ts).
  const [type12, type2004] = traits[type].interaction;
  if (version === '1.2') {
    return { [`${prefix}id`]: id, [`${prefix}type`]: type12, [`${prefix}result`]: attempt.correct ? 'correct' : 'wrong' };
  }
  return {
    [`${prefix}id`]: id,
    [`${prefix}type`]: type2004,
    [`${prefix}timestamp`]: new Date(attempt.at).toISOString().slice(0, 19),
    [`${prefix}result`]: attempt.correct ? 'correct' : 'incorrect',
  };
}

/** A session's length as `cmi.core.session_time` (1.2: HHHH:MM:SS) or `cmi.session_time` (2004: PT#H#M#S). */
export function sessionTime(seconds: number, version: ScormVersion): string {
  const s = Math.max(0, Math.floor(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  if (version === '2004') return `PT${h}H${m}M${r}S`;
  const two = (x: number) => String(x).padStart(2, '0');
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${two(m)}:${two(r)}`;
}
