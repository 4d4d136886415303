/** DOM for search results, shared by the search page and the header's search box. */
import type { SuggestableTerm } from '../../lib/search/suggest.ts';
import { excerptElement, type SearchHit } from './engine.ts';
import { urls } from '../../utils/url.ts';

/** One result: title link, module, the excerpt sentence and up to three section links. */
export function resultItem(hit: SearchHit, headingLevel: 'h2' | 'none' = 'h2', sections = true): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement(headingLevel === 'none' ? 'p' : headingLevel);
  heading.className = 'search-title';
  heading.append(Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title }));
  const module = Object.assign(document.createElement('p'), { className: 'search-module', textContent: hit.module });
  item.append(heading, module, excerptElement(hit.excerpt));
  if (sections && hit.sections.length) {
    const list = document.createElement('ul');
    list.className = 'search-sections';
    for (const section of hit.sections) {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: section.url, textContent: section.title }));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Related glossary terms, each linking to its entry, and a link to the whole glossary. */
export function suggestionsBlock(terms: readonly SuggestableTerm[], labels: { suggest: string; glossary: string }): HTMLDivElement {
  const block = document.createElement('div');
  block.className = 'search-suggestions';
  const intro = Object.assign(document.createElement('p'), { textContent: labels.suggest });
  const list = document.createElement('ul');
  for (const term of terms) {
    const li = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: urls.glossaryTerm(term.id), textContent: term.term });
    li.append(link);
    if (term.english) li.append(Object.assign(document.createElement('span'), { className: 'search-english', lang: 'en', textContent: ` ${term.english}` }));
    list.append(li);
  }
  const all = Object.assign(document.createElement('a'), { href: urls.glossary(), textContent: labels.glossary });
  const more = document.createElement('p');
  more.append(all);
  block.append(intro, list, more);
  return block;
}
