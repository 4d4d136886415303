import { CourseElement, defineElement } from '../base/course-element.ts';
import { outcomeOf, scaledScore } from '../../lib/exam.ts';
import { formatPoints } from '../../lib/rounding.ts';
import { fill } from '../../lib/template.ts';
import { isBlank, isFlagged, type Item } from './exam-items.ts';
import type { Outcome } from '../../lib/exam.ts';
import type { Response } from '../../question-types/scoring.ts';

export type ExamSubmitLabel =
  | 'confirmUnanswered'
  | 'confirmAll'
  | 'confirmFlagged'
  | 'yourAnswer'
  | 'noAnswer'
  | 'outcomeLine'
  | 'outcome.right'
  | 'outcome.partial'
  | 'outcome.wrong'
  | 'outcome.blank'
  | 'outcome.pending';

/**
 * Submission and self-assessment: the confirmation (listing the unanswered and the flagged
 * questions as links), then each question locked and marked: 正确 / 部分正确 / 错误 / 未作答 with
 * its points, the candidate's own answer, the answer points always shown; answered case questions
 * wait for the candidate to tick the points they covered.
 */
class ExamSubmit extends CourseElement<ExamSubmitLabel> {
  /** Called when the candidate confirms. */
  onSubmit?: () => void;

  protected setup() {
    const dialog = this.$<HTMLDialogElement>('dialog');
    dialog.addEventListener('close', () => dialog.returnValue === 'submit' && this.onSubmit?.());
    dialog.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-number]');
      if (!link) return;
      event.preventDefault();
      dialog.close('cancel');
      this.emit('course:exam-goto', { number: Number(link.dataset.number) });
    });
  }

  /** Asks before submitting, with the unanswered and flagged questions as links to each. */
  confirm(items: readonly Item[]) {
    const blank = items.filter(isBlank);
    const flagged = items.filter(isFlagged);
    this.$('.confirm-count').textContent = blank.length ? fill(this.label('confirmUnanswered'), { count: blank.length }) : this.label('confirmAll');
    this.#links('.confirm-blank', blank);
    this.$('.confirm-flagged-text').textContent = flagged.length ? fill(this.label('confirmFlagged'), { count: flagged.length }) : '';
    this.#links('.confirm-flagged', flagged);
    this.$<HTMLDialogElement>('dialog').showModal();
  }

  close() {
    const dialog = this.$<HTMLDialogElement>('dialog');
    if (dialog.open) dialog.close('cancel');
  }

  #links(selector: string, items: readonly Item[]) {
    const list = this.$(selector);
    list.hidden = !items.length;
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: `#${item.el.id}`, textContent: String(item.number) });
        link.dataset.number = String(item.number);
        li.append(link);
        return li;
      }),
    );
  }

  /**
   * Locks and marks every question of a submitted exam. Objective ones are marked at once; an
   * answered case shows its answer points to tick (pending); a blank one shows them too, marked 未作答.
   * With `responses` (a past attempt reopened), the saved answers are put back first and everything is final,
   * unless the attempt was left before its self-assessment (`assessing`): then its cases wait for it again.
   */
  lock(items: readonly Item[], responses?: Record<string, Record<string, unknown>>, { assessing = !responses } = {}) {
    for (const item of items) {
      const saved = responses?.[item.id];
      if (saved) item.el.restore(saved as unknown as Response);
      const { result } = item.el.grade();
      item.answer = { id: item.id, blank: result.empty, correct: result.correct, score: result.score };
      if (item.isCase && !result.empty && assessing) {
        item.el.querySelector('textarea')!.readOnly = true;
        item.el.showKeyPoints();
        item.outcome = 'pending';
      } else {
        if (item.isCase) item.el.showKeyPoints();
        item.el.reveal();
        item.el.querySelector('.q-main')?.toggleAttribute('disabled', true);
        item.outcome = outcomeOf(item.answer);
        if (!item.isCase) this.#yourAnswer(item);
      }
      this.#status(item);
    }
  }

  /** Completes the self-assessment: the ticked points of each pending case give its score. */
  assess(items: readonly Item[]) {
    for (const item of items.filter((i) => i.outcome === 'pending')) {
      const result = item.el.reveal();
      item.answer = { ...item.answer!, correct: result.correct, score: result.score };
      item.outcome = outcomeOf(item.answer);
      this.#status(item);
    }
  }

  /** The question's own line: how it went and its points, e.g. "部分正确，得 9 / 15 分". */
  #status(item: Item) {
    const status = item.el.querySelector('.q-status');
    if (!status) return;
    const outcome: Outcome = item.outcome ?? 'pending';
    const earned = outcome === 'pending' || !item.answer ? 0 : scaledScore(item.answer.score, item.points);
    // A self-assessed question's own line ("自评得分 30%（1.5/5 分）") would say the points again: this line replaces it.
    status.textContent = fill(this.label('outcomeLine'), { outcome: this.label(`outcome.${outcome}`), part: formatPoints(earned), total: formatPoints(item.points) });
    status.className = `q-status exam-outcome is-${outcome}`;
  }

  /** The candidate's own answer as text under the question, beside the marked right answer. */
  #yourAnswer(item: Item) {
    const text = item.answer!.blank ? this.label('noAnswer') : (item.answer!.answer ?? '');
    const p = document.createElement('p');
    p.className = `exam-your-answer is-${item.outcome}`;
    const strong = Object.assign(document.createElement('strong'), { textContent: this.label('yourAnswer') });
    p.append(strong, text);
    item.el.querySelector('.exam-your-answer')?.remove();
    item.el.querySelector('.q-status')?.before(p);
  }
}

defineElement('exam-submit', ExamSubmit);
export type { ExamSubmit };
