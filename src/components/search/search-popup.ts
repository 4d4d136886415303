/**
 * Live results under the header's search box (loaded by ./course-search-box.ts on focus): the
 * first results as the learner types, a link to all of them on /search/, related glossary terms
 * when nothing is found. Arrow keys move between the results, Escape closes the list.
 */
import { fill } from '../../lib/template.ts';
import { urls } from '../../utils/url.ts';
import type { CourseSearchBox } from './course-search-box.ts';
import { SearchEngine } from './engine.ts';
import { resultItem, suggestionsBlock } from './render.ts';

// Long enough to skip the keys of a word typed letter by letter, short enough not to be felt.
const DEBOUNCE_MS = 80;
const SHOWN = 5;

export function enhance(box: CourseSearchBox, input: HTMLInputElement): void {
  const engine = new SearchEngine();
  void engine.warm();
  const popup = box.$('.search-popup');
  const status = box.$('.search-popup-status');
  const note = box.$('.search-popup-note');
  const list = box.$<HTMLOListElement>('.search-popup-results');
  const extra = box.$('.search-popup-extra');
  const all = box.$<HTMLAnchorElement>('.search-popup-all');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;
  // Input events so far: the rest of a list loads only once typing has paused.
  let typed = 0;

  const open = (shown: boolean) => {
    popup.hidden = !shown;
  };

  const search = async (raw: string) => {
    const current = ++run;
    const at = typed;
    const query = raw.trim();
    box.dataset.state = 'searching';
    box.dataset.query = query;
    if (!query) {
      open(false);
      box.dataset.state = 'done';
      return;
    }
    open(true);
    status.textContent = box.label('searching');
    try {
      const outcome = await engine.search(query);
      if (current !== run) return;
      const notes = [
        ...(outcome.converted ? [fill(box.label('converted'), { query: outcome.query })] : []),
        ...(outcome.partial ? [fill(box.label('partial'), { query: outcome.query })] : []),
      ];
      note.textContent = notes.join(' ');
      note.hidden = !notes.length;
      all.href = urls.search(query);
      all.textContent = fill(box.label('viewAll'), { count: outcome.total });
      all.hidden = !outcome.total;
      if (!outcome.total && !navigator.onLine) {
        // Offline, an index never saved finds nothing: say why instead of "not found".
        list.replaceChildren();
        extra.replaceChildren();
        status.textContent = box.label('offline');
      } else if (!outcome.total) {
        list.replaceChildren();
        status.textContent = fill(box.label('empty'), { query });
        extra.replaceChildren(suggestionsBlock(await engine.suggestions(outcome.query), { suggest: box.label('suggest'), glossary: box.label('glossary') }));
      } else {
        // The first result shows as soon as it has loaded; the others follow.
        const first = await outcome.hit(0);
        if (current !== run) return;
        status.textContent = fill(box.label('results'), { count: outcome.total });
        extra.replaceChildren();
        list.replaceChildren(resultItem(first, 'none', false));
        // Which query the list shows: the bench times the first result of the last query, not a stale list.
        list.dataset.query = query;
        // Still typing? Then this list is about to be replaced: fetch no more of it.
        await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
        if (current !== run || typed !== at) return;
        const rest = await Promise.all(Array.from({ length: Math.min(outcome.total, SHOWN) - 1 }, (_, i) => outcome.hit(i + 1)));
        if (current !== run) return;
        list.append(...rest.map((hit) => resultItem(hit, 'none', false)));
      }
    } catch (error) {
      console.error(error);
      if (current === run) status.textContent = box.label(navigator.onLine ? 'failed' : 'offline');
    }
    if (current === run) box.dataset.state = 'done';
  };

  // Closed with Escape: stays closed when focus comes back to the box, until the learner types.
  let dismissed = false;
  input.addEventListener('input', () => {
    typed++;
    dismissed = false;
    void engine.preload(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() && list.childElementCount) open(true);
  });
  const links = () => [...popup.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !a.hidden);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popup.hidden) {
      event.preventDefault();
      dismissed = true;
      open(false);
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const targets = links();
    if (popup.hidden || !targets.length) return;
    event.preventDefault();
    const at = targets.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowUp' && at <= 0) return input.focus();
    targets[event.key === 'ArrowDown' ? Math.min(at + 1, targets.length - 1) : at - 1]!.focus();
  });
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) open(false);
  });
  if (input.value.trim()) void search(input.value);
}
