import { fill } from '../../lib/template.ts';
import { onSwipe } from './swipe.ts';

/** Where the choice is kept, like the theme: a preference of this browser, not progress. */
const KEY = 'course-one-at-a-time';

/**
 * 一题一屏: an optional mode showing one question per screen, with 上一题 / 下一题 and a swipe
 * to either side, as exam-prep apps have; off, every question shows as before. `root` holds the
 * server-rendered controls (`.oat-toggle`, `.oat-prev`, `.oat-next`, `.oat-position` with its
 * template in `data-template`). Questions hidden by someone else (a review filter) are skipped.
 */
export class OneAtATime {
  #root: HTMLElement;
  #items: readonly HTMLElement[];
  #onChange: (index: number | null) => void;
  #index = 0;
  #hiddenByMe = new WeakSet<HTMLElement>();

  constructor(root: HTMLElement, items: readonly HTMLElement[], onChange: (index: number | null) => void = () => {}) {
    this.#root = root;
    this.#items = items;
    this.#onChange = onChange;
    root.hidden = false;
    const toggle = this.#el<HTMLButtonElement>('.oat-toggle');
    toggle.onclick = () => this.set(!this.on);
    this.#el<HTMLButtonElement>('.oat-prev').onclick = () => this.step(-1);
    this.#el<HTMLButtonElement>('.oat-next').onclick = () => this.step(1);
    onSwipe(items[0]?.parentElement?.parentElement ?? root, (direction) => {
      if (this.on) this.step(direction);
    });
    this.set(localStorage.getItem(KEY) === 'on', false);
  }

  get on(): boolean {
    return this.#el('.oat-toggle').getAttribute('aria-pressed') === 'true';
  }

  /** Switches the mode on or off (remembered in this browser). */
  set(on: boolean, remember = true) {
    this.#el('.oat-toggle').setAttribute('aria-pressed', String(on));
    this.#el('.oat-nav').hidden = !on;
    if (remember) localStorage.setItem(KEY, on ? 'on' : 'off');
    if (on) this.show(this.#index);
    else {
      for (const item of this.#items) if (this.#hiddenByMe.has(item)) this.#reveal(item);
      this.#onChange(null);
    }
  }

  /** Shows question `index` alone. */
  show(index: number) {
    this.#index = Math.max(0, Math.min(index, this.#items.length - 1));
    this.#items.forEach((item, i) => {
      if (i === this.#index) this.#reveal(item);
      else if (!item.hidden) {
        item.hidden = true;
        this.#hiddenByMe.add(item);
      }
    });
    const visible = this.#visible();
    const at = visible.indexOf(this.#index);
    this.#el('.oat-position').textContent = fill(this.#el('.oat-position').dataset.template ?? '', { n: this.#index + 1, total: this.#items.length });
    this.#el<HTMLButtonElement>('.oat-prev').disabled = at <= 0;
    this.#el<HTMLButtonElement>('.oat-next').disabled = at === -1 || at >= visible.length - 1;
    this.#onChange(this.#index);
  }

  /** The next (1) or previous (-1) question not hidden by a filter. */
  step(by: 1 | -1) {
    const visible = this.#visible();
    const at = visible.indexOf(this.#index);
    const next = visible[at + by];
    if (next === undefined) return;
    this.show(next);
    this.#items[next]!.focus();
  }

  /** After a filter changed what shows: stay on a question that still shows. */
  refresh() {
    for (const item of this.#items) this.#hiddenByMe.delete(item);
    if (!this.on) return;
    const visible = this.#visible();
    if (!visible.includes(this.#index) && visible.length) this.#index = visible[0]!;
    this.show(this.#index);
  }

  /** Indexes of the questions a filter lets show. */
  #visible(): number[] {
    return this.#items.flatMap((item, i) => (!item.hidden || this.#hiddenByMe.has(item) ? [i] : []));
  }

  #reveal(item: HTMLElement) {
    if (this.#hiddenByMe.has(item)) {
      item.hidden = false;
      this.#hiddenByMe.delete(item);
    }
  }

  #el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.#root.querySelector<T>(selector)!;
  }
}
