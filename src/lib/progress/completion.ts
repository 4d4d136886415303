import { fill } from '../template.ts';
import type { Attempt } from './types.ts';

/**
 * When a lesson counts as complete: its quiz is the questions shown on the lesson page (questions
 * marked `lessonQuiz: false` are exam-bank only and not part of it). The lesson is complete once every
 * one of them has been answered at least once, whatever the score; a case question counts once its
 * self-assessment is recorded, since only then is its answer checked. A lesson without a quiz is
 * completed by the learner's own button only.
 */
export function quizAnswered(quizQuestionIds: readonly string[], attempts: Readonly<Record<string, readonly Attempt[] | undefined>>): boolean {
  return quizQuestionIds.length > 0 && quizQuestionIds.every((id) => (attempts[id]?.length ?? 0) > 0);
}

/** How far a learner is through a lesson's quiz. */
export interface QuizStatus {
  /** Questions answered (checked) at least once. */
  answered: number;
  total: number;
  /** Numbers (1-based, in quiz order) of questions not answered yet and not waiting for a self-assessment. */
  unanswered: number[];
  /** Numbers of case questions whose answer is written and compared but whose self-assessment is not recorded. */
  selfAssessment: number[];
  complete: boolean;
}

/**
 * The quiz's status: `quizQuestionIds` in quiz order, `awaitingSelfAssessment` the case questions
 * whose key points are open on the page but not yet ticked and recorded, `redoing` those cleared with 重做
 * and not answered again (open again, though their earlier answers stay stored).
 */
export function quizStatus(
  quizQuestionIds: readonly string[],
  attempts: Readonly<Record<string, readonly Attempt[] | undefined>>,
  awaitingSelfAssessment: ReadonlySet<string> = new Set(),
  redoing: ReadonlySet<string> = new Set(),
): QuizStatus {
  const unanswered: number[] = [];
  const selfAssessment: number[] = [];
  quizQuestionIds.forEach((id, i) => {
    // A question cleared with 重做 counts as open again until it is answered anew.
    if (attempts[id]?.length && !redoing.has(id)) return;
    (awaitingSelfAssessment.has(id) ? selfAssessment : unanswered).push(i + 1);
  });
  const total = quizQuestionIds.length;
  const answered = total - unanswered.length - selfAssessment.length;
  return { answered, total, unanswered, selfAssessment, complete: answered === total && quizAnswered(quizQuestionIds, attempts) };
}

/** The strings quizStatusText fills in (from zh-CN.json). */
export interface QuizStatusLabels {
  /** "已答 {answered} / {total} 题" */
  count: string;
  /** "，还差{missing}" */
  missing: string;
  /** "第 {numbers} 题" */
  questions: string;
  /** "第 {numbers} 题的自评" */
  selfAssessment: string;
  /** "和" */
  and: string;
  /** "、" */
  separator: string;
  /** "，全部答完" */
  complete: string;
}

/** "已答 6 / 7 题，还差第 7 题的自评", "已答 4 / 7 题，还差第 2、5 题和第 7 题的自评", "已答 7 / 7 题，全部答完". */
export function quizStatusText(status: QuizStatus, labels: QuizStatusLabels): string {
  const count = fill(labels.count, { answered: status.answered, total: status.total });
  if (status.complete) return count + labels.complete;
  const parts: string[] = [];
  if (status.unanswered.length) parts.push(fill(labels.questions, { numbers: status.unanswered.join(labels.separator) }));
  if (status.selfAssessment.length) parts.push(fill(labels.selfAssessment, { numbers: status.selfAssessment.join(labels.separator) }));
  return count + fill(labels.missing, { missing: parts.join(labels.and) });
}
