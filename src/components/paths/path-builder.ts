import { Catalog, find, keyOf, type Label } from './custom-path-catalog.ts';
import { moveEntry } from '../../lib/paths.ts';
import { shareLink } from '../../lib/share.ts';
import { fill } from '../../lib/template.ts';
import { shareContext } from '../../utils/url.ts';
import type { PathStep } from '../../schemas/path.ts';

/**
 * The custom path builder (PathBuilder.astro): ticked lessons and practice sets become an ordered list the
 * trainer rearranges with up and down buttons, and the link is built by shareLink() from the course's
 * public address.
 */
export class PathBuilder {
  readonly root: HTMLElement;
  readonly catalog: Catalog;
  readonly label: Label;
  #order: PathStep[] = [];

  constructor(root: HTMLElement, catalog: Catalog, label: Label) {
    this.root = root;
    this.catalog = catalog;
    this.label = label;
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return find<T>(this.root, selector);
  }

  #boxes(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('input[data-step]')];
  }

  start(): void {
    const form = this.#find<HTMLFormElement>('.builder-form');
    // Boxes ticked before the script ran (or kept by the browser on going back) join in page order.
    for (const box of this.#boxes()) if (box.checked) this.#order.push(this.#stepOf(box));
    this.#renderOrder();
    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (!box.dataset.step) return;
      const step = this.#stepOf(box);
      if (box.checked) {
        this.#order.push(step);
        this.#renderOrder();
        this.#say(fill(this.label('added'), { title: this.catalog.entry(step).title, position: this.#order.length }));
      } else this.#remove(keyOf(step), false);
    });
    this.#find('.chosen').addEventListener('click', (event) => {
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
    this.#find('.copy').addEventListener('click', () => void this.#copy());
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
    const item = this.#find(`.chosen li[data-key="${CSS.escape(key)}"]`);
    const pressed = item.querySelector<HTMLButtonElement>(`button[data-action="${by < 0 ? 'up' : 'down'}"]`)!;
    (pressed.disabled ? item.querySelector<HTMLButtonElement>(`button[data-action="${by < 0 ? 'down' : 'up'}"]`)! : pressed).focus();
    this.#say(fill(this.label('moved'), { title: this.catalog.entry(this.#order[position]!).title, position: position + 1, count: this.#order.length }));
  }

  #remove(key: string, fromList: boolean) {
    const index = this.#order.findIndex((step) => keyOf(step) === key);
    if (index < 0) return;
    const [step] = this.#order.splice(index, 1);
    const entry = this.catalog.entry(step!);
    const box = this.#boxes().find((b) => keyOf(this.#stepOf(b)) === key);
    if (box) box.checked = false;
    this.#renderOrder();
    if (fromList) {
      // Focus stays in the list: on the step that took this one's place, or the list's heading area.
      const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('.chosen button[data-action="remove"]')];
      (buttons[Math.min(index, buttons.length - 1)] ?? box)?.focus();
    }
    this.#say(fill(this.label('removed'), { title: entry.title }));
  }

  #renderOrder() {
    const last = this.#order.length - 1;
    this.#find('.chosen').replaceChildren(
      ...this.#order.map((step, i) => {
        const entry = this.catalog.entry(step);
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
    this.#find('.order-status').textContent = text;
  }

  #generate() {
    const result = this.#find('.result');
    const status = this.#find('.builder-status');
    if (this.#order.length === 0) {
      result.hidden = true;
      status.textContent = this.label('pickOne');
      return;
    }
    const title = this.#find<HTMLInputElement>('#path-title').value;
    const note = this.#find<HTMLTextAreaElement>('#path-note').value;
    const { url, localOnly } = shareLink({ path: this.#order, codes: this.catalog.codes(), title, note }, shareContext(location.href));
    const field = this.#find<HTMLInputElement>('#path-link');
    field.value = url;
    // The preview opens on this computer whatever address the link names.
    this.#find<HTMLAnchorElement>('.preview').href = new URL(url).search ? `${location.pathname}${new URL(url).search}` : location.pathname;
    this.#find('#path-link-length').textContent = fill(this.label('length'), { count: url.length });
    const local = this.#find('.local-only');
    local.hidden = !localOnly;
    local.textContent = localOnly ? fill(this.label('localOnly'), { host: location.host }) : '';
    this.#find('.copy-status').textContent = '';
    result.hidden = false;
    status.textContent = fill(this.label('generated'), { count: this.#order.length });
    field.focus();
  }

  async #copy() {
    const field = this.#find<HTMLInputElement>('#path-link');
    const status = this.#find('.copy-status');
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
