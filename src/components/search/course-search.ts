import { urls } from '../../utils/url.ts';
import { fill } from '../../lib/template.ts';

/** Upgrades the search page: runs `?q=` on load and each submitted query with Pagefind. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

// Characters of the CJK blocks: only such queries can need Traditional-to-Simplified conversion.
const HAN = /[\u3400-\u9fff]/;

class CourseSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #toSimplified?: Promise<(text: string) => string>;
  #traditional?: Promise<Set<string>>;
  #labels: Record<string, string> = {};

  connectedCallback() {
    if (this.#labels.searching) return;
    this.#labels = JSON.parse(this.dataset.labels!);
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', input.value.trim());
      history.replaceState(null, '', url);
      void this.run(input.value);
    });
    const query = new URLSearchParams(location.search).get('q') ?? '';
    if (query.trim()) {
      input.value = query;
      void this.run(query);
    }
  }

  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ urls.pagefind()).then(async (pagefind: Pagefind) => {
      await pagefind.options({ baseUrl: urls.base, excerptLength: 40 });
      return pagefind;
    });
    return this.#pagefind;
  }

  /** Whether the query has a Traditional-only character; the list is small, the converter is not. */
  async #isTraditional(query: string): Promise<boolean> {
    this.#traditional ??= fetch(urls.asset('search/traditional-characters.txt'))
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => new Set(text));
    const characters = await this.#traditional;
    return [...query].some((c) => characters.has(c));
  }

  #loadConverter(): Promise<(text: string) => string> {
    this.#toSimplified ??= import('opencc-js/t2cn').then(({ Converter }) => {
      const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
      const fromHongKong = Converter({ from: 'hk', to: 'cn' });
      return (text: string) => fromHongKong(fromTaiwan(text));
    });
    return this.#toSimplified;
  }

  async run(raw: string) {
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('#search-results')!;
    const note = this.querySelector<HTMLElement>('.search-note')!;
    let query = raw.trim();
    list.replaceChildren();
    note.hidden = true;
    if (!query) return void (status.textContent = '');
    status.textContent = this.#labels.searching!;
    try {
      if (HAN.test(query) && (await this.#isTraditional(query))) {
        const simplified = (await this.#loadConverter())(query);
        if (simplified !== query) {
          query = simplified;
          note.textContent = fill(this.#labels.converted!, { query });
          note.hidden = false;
        }
      }
      const pagefind = await this.#loadPagefind();
      const found = await pagefind.search(query);
      const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      list.replaceChildren(...results.map((r) => this.#render(r)));
      status.textContent = results.length
        ? fill(this.#labels.results!, { count: results.length })
        : fill(this.#labels.empty!, { query: raw.trim() });
    } catch (error) {
      console.error(error);
      status.textContent = this.#labels.failed!;
    }
  }

  #render(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
    const heading = document.createElement('h2');
    heading.append(link);
    const module = Object.assign(document.createElement('p'), { className: 'search-module', textContent: result.meta.module ?? '' });
    item.append(heading, module, excerpt(result.excerpt));
    const sections = (result.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
    if (sections.length) {
      const sub = document.createElement('ul');
      sub.className = 'search-sections';
      for (const section of sections) {
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('a'), { href: section.url, textContent: section.title }), excerpt(section.excerpt));
        sub.append(li);
      }
      item.append(sub);
    }
    return item;
  }
}

/** An excerpt as text with only Pagefind's `<mark>` kept: nothing else from the index becomes markup. */
function excerpt(html: string): HTMLParagraphElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') p.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
    else p.append(node.textContent ?? '');
  }
  return p;
}

if (!customElements.get('course-search')) customElements.define('course-search', CourseSearch);
