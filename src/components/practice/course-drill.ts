import { CourseElement, defineElement } from '../base/course-element.ts';
import '../quiz/course-question.ts';
import { loadQuestion } from '../quiz/load-question.ts';
import { clampPosition, movePosition, canMove } from '../../lib/practice.ts';
import { fill } from '../../lib/template.ts';

/** A question of a drill, with the lesson it comes from when known. */
export interface DrillItem {
  id: string;
  lesson?: { title: string; href: string } | undefined;
}

export type DrillLabel = 'position' | 'failed' | 'last' | 'jumpInvalid';

/** The method of `course-question` 背题模式 uses. */
interface StudyQuestion extends HTMLElement {
  study(on: boolean): void;
}

/**
 * Shows a list of questions one at a time, each fetched from its own page with `loadQuestion`,
 * with 上一题 / 下一题; in practice, drill-tools.ts adds 背题模式 (kept for every question shown
 * until switched off), a jump to any question number and a swipe to either side.
 */
export class CourseDrill extends CourseElement<DrillLabel> {
  #items: DrillItem[] = [];
  #position = 0;
  #request = 0;

  protected setup() {
    this.$('.drill-nav').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-step]');
      if (button) this.step(Number(button.dataset.step));
    });
  }

  /** How many questions the drill has. */
  get total(): number {
    return this.#items.length;
  }

  /** Moves on (1) or back (-1), if there is a question there. */
  step(by: number) {
    if (!this.#items.length) return;
    const next = movePosition(this.#position, by, this.#items.length);
    if (next !== this.#position) void this.show(next, true);
  }

  /** Index of the question shown. */
  get position(): number {
    return this.#position;
  }

  /** Starts on `items` at `position`; focus moves to the question only with `focus` (not on page load). */
  start(items: DrillItem[], position = 0, focus = false): Promise<void> {
    this.#items = items;
    return this.show(clampPosition(position, items.length), focus);
  }

  /** Shows the question at `position`; with `focus`, moves focus to its heading once it is there. */
  async show(position: number, focus: boolean): Promise<void> {
    const request = ++this.#request;
    const total = this.#items.length;
    const item = this.#items[position];
    this.#position = position;
    const heading = this.$('.drill-position');
    heading.textContent = item ? fill(this.label('position'), { n: position + 1, total }) : '';
    this.$('.drill-nav').hidden = !item;
    this.#say('');
    const area = this.$('.drill-question');
    area.replaceChildren();
    area.setAttribute('aria-busy', 'true');
    this.#from(item);
    if (!item) return;
    // Announce the move at once, so the position is saved even if the learner leaves while it loads.
    this.emit('course:drill-move', { position, total, id: item.id });
    try {
      const question = await loadQuestion(item.id);
      if (request !== this.#request) return;
      area.replaceChildren(question);
      // 背题模式 (drill-tools.ts) stays on for every question shown.
      if (this.hasAttribute('data-study')) (question as StudyQuestion).study(true);
      if (position === total - 1 && total > 1) this.#say(this.label('last'));
    } catch {
      if (request !== this.#request) return;
      this.#say(this.label('failed'));
    }
    area.removeAttribute('aria-busy');
    const { prev, next } = canMove(position, total);
    const back = this.$maybe<HTMLButtonElement>('.drill-nav [data-step="-1"]');
    if (back) back.disabled = !prev;
    this.$<HTMLButtonElement>('.drill-nav [data-step="1"]').disabled = !next;
    if (focus) heading.focus();
  }

  #from(item: DrillItem | undefined) {
    const from = this.$('.drill-from');
    from.hidden = !item?.lesson;
    if (!item?.lesson) return;
    const link = from.querySelector('a')!;
    link.href = item.lesson.href;
    link.textContent = item.lesson.title;
  }

  #say(message: string) {
    this.$('.drill-status').textContent = message;
  }
}

defineElement('course-drill', CourseDrill);
