import type { CourseEventMap } from './course-events.ts';

/**
 * The base of every course custom element: scoped queries, set-up that runs once however often the
 * element is moved in the DOM, and typed labels read from `data-labels`.
 *
 * `L` names the labels the element reads; the page passes them as JSON in `data-labels`
 * (`labelsAttribute()` in ./labels.ts builds it on the server), so a missing label is a type error on both sides.
 * A kind whose every element says the same may read them from one place on the page instead (`labelsJson()`).
 */
export abstract class CourseElement<L extends string = never> extends HTMLElement {
  #setUp = false;
  #labels?: Record<L, string>;

  /** Runs `setup()` the first time the element is connected, never again. */
  connectedCallback(): void {
    if (this.#setUp) return;
    this.#setUp = true;
    void this.setup();
  }

  /** Wires the element up; called once. */
  protected abstract setup(): void | Promise<void>;

  /** The first element inside this one matching `selector`; throws if there is none (a page bug). */
  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`<${this.localName}> has no ${selector}`);
    return found;
  }

  /** The first match, or null where the element is optional. */
  $maybe<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  /** Every element inside this one matching `selector`. */
  $$<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }

  /** The label `key` from the element's labels (`labelsJson()`). */
  label(key: L): string {
    this.#labels ??= JSON.parse(this.labelsJson() ?? '{}') as Record<L, string>;
    return this.#labels[key] ?? '';
  }

  /** The JSON of the element's labels: its own `data-labels`, unless its kind keeps them elsewhere. */
  protected labelsJson(): string | undefined {
    return this.dataset.labels;
  }

  /** Dispatches a bubbling course event whose detail type comes from the DOM's event map. */
  emit<K extends keyof CourseEventMap>(type: K, detail: CourseEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  }
}

/** Defines a custom element once, so a page that bundles the script twice does not throw. */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
