import '../quiz/course-question.ts';
import { loadQuestion } from '../quiz/load-question.ts';
import { clampPosition, movePosition, canMove } from '../../lib/practice.ts';
import { fill } from '../../lib/template.ts';

/** A question of a drill, with the lesson it comes from when known. */
export interface DrillItem {
  id: string;
  lesson?: { title: string; href: string } | undefined;
}

import type { DrillMoveDetail } from '../base/course-events.ts';
export type { DrillMoveDetail };

/** Shows a list of questions one at a time, each fetched from its own page with `loadQuestion`. */
export class CourseDrill extends HTMLElement {
  #items: DrillItem[] = [];
  #position = 0;
  #request = 0;

  connectedCallback() {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    this.$('.drill-nav').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-step]');
      if (button) void this.show(movePosition(this.#position, Number(button.dataset.step), this.#items.length), true);
    });
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
    heading.textContent = item ? fill(this.dataset.position!, { n: position + 1, total }) : '';
    this.$('.drill-nav').hidden = !item;
    this.#say('');
    const area = this.$('.drill-question');
    area.replaceChildren();
    area.setAttribute('aria-busy', 'true');
    this.#from(item);
    if (!item) return;
    // Announce the move at once, so the position is saved even if the learner leaves while it loads.
    this.dispatchEvent(new CustomEvent<DrillMoveDetail>('course:drill-move', { bubbles: true, detail: { position, total, id: item.id } }));
    try {
      const question = await loadQuestion(item.id);
      if (request !== this.#request) return;
      area.replaceChildren(question);
      if (position === total - 1 && total > 1) this.#say(this.dataset.last!);
    } catch {
      if (request !== this.#request) return;
      this.#say(this.dataset.failed!);
    }
    area.removeAttribute('aria-busy');
    const { prev, next } = canMove(position, total);
    const step = (n: number) => this.querySelector<HTMLButtonElement>(`.drill-nav [data-step="${n}"]`);
    if (step(-1)) step(-1)!.disabled = !prev;
    step(1)!.disabled = !next;
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

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
}

if (!customElements.get('course-drill')) customElements.define('course-drill', CourseDrill);
