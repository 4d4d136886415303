import { CourseElement, defineElement } from '../base/course-element.ts';

import type { SearchBoxLabel } from './labels.ts';

/**
 * The header's search box on every page. Without JavaScript it is a form to /search/; with it,
 * focusing the box loads search (./search-popup.ts, Pagefind and the index) and results drop
 * down as the learner types. Nothing is loaded before the box gets focus.
 */
export class CourseSearchBox extends CourseElement<SearchBoxLabel> {
  #loading?: Promise<void>;

  setup() {
    const input = this.$<HTMLInputElement>('input[type=search]');
    const load = () => (this.#loading ??= import('./search-popup.ts').then(({ enhance }) => enhance(this, input)));
    input.addEventListener('focus', () => void load());
    input.addEventListener('input', () => void load());
  }
}

defineElement('course-search-box', CourseSearchBox);
