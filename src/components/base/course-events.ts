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
interface DrillMoveDetail {
  position: number;
  total: number;
  id: string;
}

/** Detail of `course:case-compared`, sent when a case question's key points open for the self-assessment. */
interface CaseComparedDetail {
  id: string;
}

/** Detail of `course:team-files`: learner records read from elsewhere than dropped files (an LRS), for the team report. */
interface TeamFilesDetail {
  files: DroppedFile[];
}

/** Detail of `course:files-reading`, sent by a file drop when files were dropped or picked, before they are read. */
interface FilesReadingDetail {
  count: number;
}

/** Detail of `course:files`, sent by a file drop once the dropped or picked files are read. */
interface FilesDetail {
  /** Each file's path (within a dropped folder) and its text; '' for a file too large or unreadable. */
  files: { name: string; text: string; bytes: number }[];
}

/** Detail of `course:redo`, sent when a question is cleared with 重做 to be answered afresh. */
interface RedoDetail {
  id: string;
}

/** Detail of `course:exam-goto`, sent by the answer sheet and the submit dialog to go to question `number` (from 1). */
interface ExamGotoDetail {
  number: number;
}

declare global {
  /**
   * Every event the course's elements send, by name: the one place their details are typed. Declared on
   * the DOM's map so addEventListener('course:answer', e => e.detail...) type-checks without casts.
   */
  interface HTMLElementEventMap {
    'course:answer': CustomEvent<AnswerEventDetail>;
    'course:files-reading': CustomEvent<FilesReadingDetail>;
    'course:files': CustomEvent<FilesDetail>;
    'course:drill-move': CustomEvent<DrillMoveDetail>;
    'course:case-compared': CustomEvent<CaseComparedDetail>;
    'course:team-files': CustomEvent<TeamFilesDetail>;
    'course:redo': CustomEvent<RedoDetail>;
    'course:exam-goto': CustomEvent<ExamGotoDetail>;
  }
}

/** The course's own events (those named `course:…`), by name. */
export type CourseEventMap = Pick<HTMLElementEventMap, Extract<keyof HTMLElementEventMap, `course:${string}`>>;
