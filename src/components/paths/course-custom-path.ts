import './course-path.ts';
import type { CoursePath } from './course-path.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { formatDuration, type DurationLabels } from '../../lib/duration.ts';
import { customPathQuery, isCustomPathQuery, moveEntry, parseCustomPath, pathMinutes } from '../../lib/paths.ts';
import { shareLink } from '../../lib/share.ts';
import { fill } from '../../lib/template.ts';
import { shareContext } from '../../utils/url.ts';
import type { PathStep } from '../../schemas/path.ts';

/** What the page gives the element about each lesson and each module's practice set. */
export interface CatalogEntry {
  /** Lesson id, or module id for practice. */
  id: string;
  code: string;
  kind: 'lesson' | 'practice';
  title: string;
  meta: string;
  minutes: number;
  href: string;
}

export type CustomPathLabel =
  | keyof DurationLabels
  | 'title' | 'site' | 'lessons' | 'practiceCount' | 'about' | 'unknown' | 'generated' | 'pickOne' | 'copied' | 'copyManual'
  | 'moveUp' | 'moveDown' | 'remove' | 'moveUpLabel' | 'moveDownLabel' | 'removeLabel' | 'moved' | 'removed' | 'added' | 'length' | 'localOnly';

const keyOf = (step: PathStep) => ('lesson' in step ? `lesson:${step.lesson}` : `practice:${step.practice}`);

/**
 * The custom path page. With a path in the URL, shows it (unknown codes listed and skipped); without,
 * runs the builder: ticked lessons and practice sets become an ordered list the trainer rearranges with
 * up and down buttons, and the link is built by shareLink() from the course's public address.
 */
class CourseCustomPath extends CourseElement<CustomPathLabel> {
  #catalog = new Map<string, CatalogEntry>();
  #order: PathStep[] = [];

  setup() {
    const entries = JSON.parse(this.dataset.catalog!) as CatalogEntry[];
    this.#catalog = new Map(entries.map((entry) => [keyOf(entry.kind === 'lesson' ? { lesson: entry.id } : { practice: entry.id }), entry]));
    if (isCustomPathQuery(location.search)) this.#show(entries);
    else this.#build();
  }

  #entry(step: PathStep): CatalogEntry {
    return this.#catalog.get(keyOf(step))!;
  }

  #show(entries: CatalogEntry[]) {
    const known = { lessons: entries.filter((e) => e.kind === 'lesson').map((e) => e.id), modules: entries.filter((e) => e.kind === 'practice').map((e) => e.id) };
    const { steps, unknown, title, note } = parseCustomPath(location.search, known);
    const heading = title || this.label('title');
    this.$('h1').textContent = heading;
    document.title = `${heading} | ${this.label('site')}`;
    this.$('.builder').hidden = true;
    this.$('.viewer').hidden = false;
    const notice = this.$('.unknown');
    notice.hidden = unknown.length === 0;
    notice.textContent = fill(this.label('unknown'), { count: unknown.length, ids: unknown.join('、') });
    this.$('.note').hidden = !note;
    this.$('.note-text').textContent = note;
    this.$('.empty').hidden = steps.length > 0;
    this.$('course-path').hidden = steps.length === 0;
    if (steps.length === 0) return;
    const lessons = steps.filter((step) => 'lesson' in step).length;
    const practice = steps.length - lessons;
    const minutes = pathMinutes(steps, (id) => this.#entry({ lesson: id }).minutes);
    this.$('.facts').textContent = [
      fill(this.label('lessons'), { count: lessons }),
      practice ? fill(this.label('practiceCount'), { count: practice }) : '',
      fill(this.label('about'), { time: formatDuration(minutes * 60, this.#durations()) }),
    ].filter(Boolean).join(' · ');
    const template = this.$<HTMLTemplateElement>('template');
    // Its lessons open with the path in their address, so each shows its place and the path's next step.
    const codes = new Map([...this.#catalog.values()].map((entry) => [entry.id, entry.code]));
    const pathQuery = customPathQuery(steps, codes, { title });
    this.$('.path-steps').replaceChildren(...steps.map((step) => this.#pathStep(template, step, pathQuery)));
    this.$<CoursePath>('course-path').refresh();
  }

  #durations(): DurationLabels {
    return { short: this.label('short'), minutes: this.label('minutes'), hours: this.label('hours'), hoursMinutes: this.label('hoursMinutes') };
  }

  /** A step cloned from the path's template, filled with textContent only. */
  #pathStep(template: HTMLTemplateElement, step: PathStep, pathQuery: string): Node {
    const entry = this.#entry(step);
    const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    if ('lesson' in step) item.dataset.stepLesson = step.lesson;
    else item.dataset.stepPractice = step.practice;
    Object.assign(item.querySelector('a')!, { href: 'lesson' in step ? entry.href + pathQuery : entry.href, textContent: entry.title });
    item.querySelector('.step-meta')!.textContent = entry.meta;
    return item;
  }

  #build() {
    const form = this.$<HTMLFormElement>('.builder-form');
    // Boxes ticked before the script ran (or kept by the browser on going back) join in page order.
    for (const box of this.$$<HTMLInputElement>('input[data-step]')) if (box.checked) this.#order.push(this.#stepOf(box));
    this.#renderOrder();
    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (!box.dataset.step) return;
      const step = this.#stepOf(box);
      if (box.checked) {
        this.#order.push(step);
        this.#renderOrder();
        this.#say(fill(this.label('added'), { title: this.#entry(step).title, position: this.#order.length }));
      } else this.#remove(keyOf(step), false);
    });
    this.$('.chosen').addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      const item = button?.closest<HTMLElement>('li');
      if (!button || !item) return;
      const key = item.dataset.key!;
      if (button.dataset.action === 'remove') return this.#remove(key, true);
      this.#move(key, button.dataset.action === 'up' ? -1 : 1);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#generate();
    });
    this.$('.copy').addEventListener('click', () => void this.#copy());
  }

  #stepOf(box: HTMLInputElement): PathStep {
    return box.name === 'lessons' ? { lesson: box.dataset.step! } : { practice: box.dataset.step! };
  }

  #move(key: string, by: number) {
    const index = this.#order.findIndex((step) => keyOf(step) === key);
    this.#order = moveEntry(this.#order, index, by);
    const position = this.#order.findIndex((step) => keyOf(step) === key);
    this.#renderOrder();
    // Keep focus on the button pressed; at the top or bottom it is disabled, so on the other one.
    const item = this.$(`.chosen li[data-key="${CSS.escape(key)}"]`);
    const pressed = item.querySelector<HTMLButtonElement>(`button[data-action="${by < 0 ? 'up' : 'down'}"]`)!;
    (pressed.disabled ? item.querySelector<HTMLButtonElement>(`button[data-action="${by < 0 ? 'down' : 'up'}"]`)! : pressed).focus();
    this.#say(fill(this.label('moved'), { title: this.#entry(this.#order[position]!).title, position: position + 1, count: this.#order.length }));
  }

  #remove(key: string, fromList: boolean) {
    const index = this.#order.findIndex((step) => keyOf(step) === key);
    if (index < 0) return;
    const [step] = this.#order.splice(index, 1);
    const entry = this.#entry(step!);
    const box = this.$$<HTMLInputElement>('input[data-step]').find((b) => keyOf(this.#stepOf(b)) === key);
    if (box) box.checked = false;
    this.#renderOrder();
    if (fromList) {
      // Focus stays in the list: on the step that took this one's place, or the list's heading area.
      const buttons = this.$$<HTMLButtonElement>('.chosen button[data-action="remove"]');
      (buttons[Math.min(index, buttons.length - 1)] ?? box)?.focus();
    }
    this.#say(fill(this.label('removed'), { title: entry.title }));
  }

  #renderOrder() {
    const last = this.#order.length - 1;
    this.$('.chosen').replaceChildren(
      ...this.#order.map((step, i) => {
        const entry = this.#entry(step);
        const item = document.createElement('li');
        item.dataset.key = keyOf(step);
        const title = Object.assign(document.createElement('span'), { className: 'step-title', textContent: entry.title });
        const meta = Object.assign(document.createElement('span'), { className: 'step-meta', textContent: entry.meta });
        const actions = Object.assign(document.createElement('span'), { className: 'step-actions' });
        const button = (action: string, text: string, label: string, disabled: boolean) => {
          const b = Object.assign(document.createElement('button'), { type: 'button', className: 'button quiet', textContent: text, disabled });
          b.dataset.action = action;
          b.setAttribute('aria-label', fill(label, { title: entry.title }));
          return b;
        };
        actions.append(
          button('up', `↑ ${this.label('moveUp')}`, this.label('moveUpLabel'), i === 0),
          button('down', `↓ ${this.label('moveDown')}`, this.label('moveDownLabel'), i === last),
          button('remove', `✕ ${this.label('remove')}`, this.label('removeLabel'), false),
        );
        item.append(title, meta, actions);
        return item;
      }),
    );
  }

  #say(text: string) {
    this.$('.order-status').textContent = text;
  }

  #generate() {
    const result = this.$('.result');
    const status = this.$('.builder-status');
    if (this.#order.length === 0) {
      result.hidden = true;
      status.textContent = this.label('pickOne');
      return;
    }
    const codes = new Map([...this.#catalog.values()].map((entry) => [entry.id, entry.code]));
    const title = this.$<HTMLInputElement>('#path-title').value;
    const note = this.$<HTMLTextAreaElement>('#path-note').value;
    const { url, localOnly } = shareLink({ path: this.#order, codes, title, note }, shareContext(location.href));
    const field = this.$<HTMLInputElement>('#path-link');
    field.value = url;
    // The preview opens on this computer whatever address the link names.
    this.$<HTMLAnchorElement>('.preview').href = new URL(url).search ? `${location.pathname}${new URL(url).search}` : location.pathname;
    this.$('#path-link-length').textContent = fill(this.label('length'), { count: url.length });
    const local = this.$('.local-only');
    local.hidden = !localOnly;
    local.textContent = localOnly ? fill(this.label('localOnly'), { host: location.host }) : '';
    this.$('.copy-status').textContent = '';
    result.hidden = false;
    status.textContent = fill(this.label('generated'), { count: this.#order.length });
    field.focus();
  }

  async #copy() {
    const field = this.$<HTMLInputElement>('#path-link');
    const status = this.$('.copy-status');
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = this.label('copied');
    } catch {
      // No clipboard access (an insecure page, a refused permission): let the trainer copy by hand.
      field.focus();
      field.select();
      status.textContent = this.label('copyManual');
    }
  }
}

defineElement('course-custom-path', CourseCustomPath);
