/** What the parts of the exam page share: the page data, the question element's methods, one question of the paper. */
import type { Response } from '../../question-types/scoring.ts';
import type { Result } from '../../question-types/shared.ts';
import type { QuestionType } from '../../question-types/shared.ts';
import type { ExamSection } from '../../schemas/exam.ts';
import type { ExamAnswer } from '../../lib/progress/record.ts';
import type { Outcome } from '../../lib/exam.ts';

export interface Paper {
  id: string;
  title: string;
  minutes: number;
  passMark: number;
  full: boolean;
  sections: ExamSection[];
}

/** What the page puts in its JSON: the papers, the bank without answers, the module titles. */
export interface ExamData {
  papers: Paper[];
  questions: { id: string; type: QuestionType; lesson: string; tags?: string[]; parts?: number }[];
  modules: { id: string; title: string }[];
}

/** The methods of `course-question` an exam uses. */
export interface QuestionElement extends HTMLElement {
  grade(): { response: Response; result: Result };
  showKeyPoints(): void;
  reveal(): Result;
  restore(response: Response): void;
}

/** One question of the paper as the exam keeps it. */
export interface Item {
  el: QuestionElement;
  id: string;
  number: number;
  points: number;
  isCase: boolean;
  flag: HTMLButtonElement;
  link: HTMLAnchorElement;
  outcome?: Outcome;
  answer?: ExamAnswer;
}

export const isFlagged = (item: Item): boolean => item.flag.getAttribute('aria-pressed') === 'true';
export const isBlank = (item: Item): boolean => item.el.grade().result.empty;
