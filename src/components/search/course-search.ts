import { CourseElement, defineElement } from '../base/course-element.ts';
import { fill } from '../../lib/template.ts';
import type { SearchEngine } from './engine.ts';

import type { SearchPageLabel } from './labels.ts';

/** How long typing must pause before the results follow it. */
const DEBOUNCE_MS = 80;
const LIMIT = 20;

/**
 * The search page: results follow what is typed (and `?q=` / `?module=` on load); Pagefind loads on
 * focus or when the browser is idle. `data-state="done"` and `data-query` tell tests a query is shown.
 */
class CourseSearch extends CourseElement<SearchPageLabel> {
  // Search itself (Pagefind, relaxing, excerpts) loads lazily: on focus, when idle, or for `?q=`.
  #lib?: Promise<{ engine: SearchEngine; render: typeof import('./render.ts') }>;
  #timer?: ReturnType<typeof setTimeout>;
  #run = 0;

  #load() {
    this.#lib ??= Promise.all([import('./engine.ts'), import('./render.ts')]).then(([{ SearchEngine }, render]) => {
      const engine = new SearchEngine();
      void engine.warm();
      return { engine, render };
    });
    return this.#lib;
  }

  setup() {
    const form = this.$<HTMLFormElement>('form');
    const input = this.$<HTMLInputElement>('input[type=search]');
    const module = this.$<HTMLSelectElement>('select');
    const go = () => {
      clearTimeout(this.#timer);
      const url = new URL(location.href);
      url.searchParams.set('q', input.value.trim());
      if (module.value) url.searchParams.set('module', module.value);
      else url.searchParams.delete('module');
      history.replaceState(null, '', url);
      void this.run(input.value, module.value);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      go();
    });
    input.addEventListener('input', () => {
      void this.#lib?.then(({ engine }) => engine.preload(input.value));
      clearTimeout(this.#timer);
      this.#timer = setTimeout(go, DEBOUNCE_MS);
    });
    input.addEventListener('focus', () => void this.#load(), { once: true });
    module.addEventListener('change', go);
    const params = new URLSearchParams(location.search);
    module.value = params.get('module') ?? '';
    const query = params.get('q') ?? '';
    if (query.trim()) {
      input.value = query;
      void this.run(query, module.value);
    } else if ('requestIdleCallback' in window) requestIdleCallback(() => void this.#load());
    else setTimeout(() => void this.#load(), 500);
  }

  async run(raw: string, module = '') {
    const run = ++this.#run;
    const status = this.$('.search-status');
    const list = this.$<HTMLOListElement>('#search-results');
    const note = this.$('.search-note');
    const extra = this.$('.search-extra');
    const query = raw.trim();
    this.dataset.state = 'searching';
    this.dataset.query = query;
    const show = (statusText: string, notes: string[] = [], items: HTMLElement[] = [], more: HTMLElement[] = []) => {
      if (run !== this.#run) return;
      status.textContent = statusText;
      note.textContent = notes.join(' ');
      note.hidden = !notes.length;
      list.replaceChildren(...items);
      extra.replaceChildren(...more);
      this.dataset.state = 'done';
    };
    if (!query) return show('');
    status.textContent = this.label('searching');
    try {
      const { engine, render } = await this.#load();
      const outcome = await engine.search(query, module);
      const notes = [
        ...(outcome.converted ? [fill(this.label('converted'), { query: outcome.query })] : []),
        ...(outcome.expanded.length ? [fill(this.label('expanded'), { terms: outcome.expanded.join('、') })] : []),
        ...(outcome.partial ? [fill(this.label('partial'), { query: outcome.query })] : []),
      ];
      // Offline, an index never saved finds nothing: say why instead of "not found".
      if (!outcome.total && !navigator.onLine) return show(this.label('offline'), notes);
      if (!outcome.total) {
        const more = render.suggestionsBlock(await engine.suggestions(outcome.query), { suggest: this.label('suggest'), glossary: this.label('glossary') });
        return show(fill(this.label('empty'), { query }), notes, [], [more]);
      }
      // The first result shows as soon as it has loaded; the others follow.
      const first = await outcome.hit(0);
      const count = fill(this.label('results'), { count: outcome.total });
      show(count, notes, [render.resultItem(first)]);
      this.dataset.state = 'searching';
      const rest = await Promise.all(Array.from({ length: Math.min(outcome.total, LIMIT) - 1 }, (_, i) => outcome.hit(i + 1)));
      if (run !== this.#run) return;
      list.append(...rest.map((hit) => render.resultItem(hit)));
      this.dataset.state = 'done';
    } catch (error) {
      console.error(error);
      // Offline, an index never saved cannot be searched: say so rather than a generic failure.
      show(navigator.onLine ? this.label('failed') : this.label('offline'));
    }
  }
}

defineElement('course-search', CourseSearch);
