import type { QuestionType } from '../../question-types/shared.ts';
import type { Response } from '../../question-types/scoring.ts';
import type { DroppedFile } from '../../lib/team-report.ts';

/** Detail of `course:answer`, emitted by a question each time it is checked. */
export interface AnswerEventDetail {
  id: string;
  type: QuestionType;
  correct: boolean;
  score: number;
  response: Response;
  /** Where it was answered, from the nearest `data-answer-source` (lesson, practice, exam, review). */
  source: string;
  /** What the learner answered, as text, for the wrong-answer notebook. */
  answerText: string;
}

/** Detail of `course:drill-move`, sent each time a drill moves to a question (before it has loaded). */
export interface DrillMoveDetail {
  position: number;
  total: number;
  id: string;
}

/** Detail of `course:case-compared`, sent when a case question's key points open for the self-assessment. */
export interface CaseComparedDetail {
  id: string;
}

/** Detail of `course:team-files`: learner records read from elsewhere than dropped files (an LRS), for the team report. */
export interface TeamFilesDetail {
  files: DroppedFile[];
}

/** Every event the course's elements send, by name: the one place their details are typed. */
export interface CourseEventMap {
  'course:answer': CustomEvent<AnswerEventDetail>;
  'course:drill-move': CustomEvent<DrillMoveDetail>;
  'course:case-compared': CustomEvent<CaseComparedDetail>;
  'course:team-files': CustomEvent<TeamFilesDetail>;
}

declare global {
  // Lets addEventListener('course:answer', e => e.detail...) type-check without casts.
  interface HTMLElementEventMap extends CourseEventMap {}
}
