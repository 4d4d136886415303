import { CourseElement, defineElement } from '../base/course-element.ts';
import { fill } from '../../lib/template.ts';
import { isBlank, isFlagged, type Item } from './exam-items.ts';

export type AnswerSheetLabel =
  'sheetCount' | 'state.answered' | 'state.blank' | 'state.flagged' | 'state.right' | 'state.partial' | 'state.wrong' | 'state.pending' | 'flag' | 'flagHint';

/** Questions beyond which the answer sheet is a panel opened from the bar on every screen. */
const LONG_SHEET = 40;
/** Screens on which the answer sheet is always a panel opened from the bar (AnswerSheet.astro's phone layout). */
const NARROW = '(max-width: 48rem)';

/**
 * The answer sheet (答题卡) and the flags (标记): one number per question, showing answered,
 * unanswered and flagged, and after submission right, partly right, wrong and blank; a number moves
 * focus to its question. Always in the sticky bar on a wide screen, a panel opened from the bar on a phone
 * (and for a long paper).
 */
class AnswerSheet extends CourseElement<AnswerSheetLabel> {
  #items: readonly Item[] = [];
  /** Called when a flag changes, so the exam can save at once. */
  onFlag?: () => void;

  protected setup() {
    const narrow = matchMedia(NARROW);
    narrow.addEventListener('change', () => this.#panel());
    this.#panel();
    this.$('.sheet-toggle').addEventListener('click', () => this.toggle());
    this.$('.sheet').addEventListener('click', (event) => this.#jump(event));
  }

  /** A link and a flag button for the question `number` whose element has `id`. */
  entry(number: number, id: string): { link: HTMLAnchorElement; flag: HTMLButtonElement } {
    const link = Object.assign(document.createElement('a'), { href: `#${id}`, className: 'sheet-link', textContent: String(number) });
    const li = document.createElement('li');
    li.append(link);
    this.$('.sheet-grid').append(li);
    const flag = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'exam-flag button quiet',
      title: this.label('flagHint'),
      textContent: `⚑ ${this.label('flag')}`,
    });
    flag.setAttribute('aria-pressed', 'false');
    flag.addEventListener('click', () => {
      flag.setAttribute('aria-pressed', String(!isFlagged({ flag } as Item)));
      this.update();
      this.onFlag?.();
    });
    return { link, flag };
  }

  /**
   * Keeps the sheet to `items` from now on. A long paper's sheet (the theory paper's 85 numbers) would take a
   * third of a laptop's screen in the sticky bar: it opens from the bar, as on a phone.
   */
  use(items: readonly Item[]) {
    this.#items = items;
    this.#panel();
    this.update();
  }

  /** On a phone or for a long paper, the sheet is a panel opened from the bar. */
  #panel() {
    this.toggleAttribute('data-panel', this.#items.length > LONG_SHEET || matchMedia(NARROW).matches);
  }

  /** Numbers of the answer sheet: answered, unanswered, flagged; after submission, the outcome of each. */
  update() {
    let answered = 0;
    for (const item of this.#items) {
      const blank = isBlank(item);
      if (!blank) answered += 1;
      const flagged = isFlagged(item);
      const state = item.outcome ?? (blank ? 'blank' : 'answered');
      const words = [this.label(`state.${state}`), flagged ? this.label('state.flagged') : ''].filter(Boolean);
      item.link.className = `sheet-link is-${state}${flagged ? ' is-flagged' : ''}`;
      item.link.setAttribute('aria-label', `${item.number} ${words.join('，')}`);
    }
    this.$('.sheet-count').textContent = fill(this.label('sheetCount'), { answered, total: this.#items.length });
  }

  /** After submission: the legend explains the outcomes. */
  done() {
    const legend = this.$('.sheet-legend');
    legend.textContent = legend.dataset.done!;
  }

  toggle(open = this.$('.sheet-toggle').getAttribute('aria-expanded') !== 'true') {
    this.$('.sheet-toggle').setAttribute('aria-expanded', String(open));
  }

  /** A number of the answer sheet moves focus to its question (and closes the sheet on a phone). */
  #jump(event: Event) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.sheet-link');
    if (!link) return;
    event.preventDefault();
    this.toggle(false);
    const item = this.#items.find((i) => i.link === link);
    if (item) this.emit('course:exam-goto', { number: item.number });
  }
}

defineElement('exam-sheet', AnswerSheet);
export type { AnswerSheet };
