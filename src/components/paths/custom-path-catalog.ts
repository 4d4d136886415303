import type { DurationLabels } from '../../lib/duration.ts';
import type { PathStep } from '../../schemas/path.ts';

/** What the page gives the custom path about each lesson and each module's practice set. */
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
  | 'title'
  | 'site'
  | 'lessons'
  | 'practiceCount'
  | 'about'
  | 'unknown'
  | 'generated'
  | 'pickOne'
  | 'copied'
  | 'copyManual'
  | 'moveUp'
  | 'moveDown'
  | 'remove'
  | 'moveUpLabel'
  | 'moveDownLabel'
  | 'removeLabel'
  | 'moved'
  | 'removed'
  | 'added'
  | 'length'
  | 'localOnly';

/** Reads one label; the parts get it from the element. */
export type Label = (key: CustomPathLabel) => string;

/** A step's key: "lesson:<id>" or "practice:<module>". */
export const keyOf = (step: PathStep) => ('lesson' in step ? `lesson:${step.lesson}` : `practice:${step.practice}`);

/** The lessons and practice sets a custom path can hold, looked up by step. */
export class Catalog {
  readonly entries: readonly CatalogEntry[];
  readonly #byKey: Map<string, CatalogEntry>;

  constructor(entries: readonly CatalogEntry[]) {
    this.entries = entries;
    this.#byKey = new Map(entries.map((entry) => [keyOf(entry.kind === 'lesson' ? { lesson: entry.id } : { practice: entry.id }), entry]));
  }

  entry(step: PathStep): CatalogEntry {
    return this.#byKey.get(keyOf(step))!;
  }

  /** Each lesson's and module's short link code, by id. */
  codes(): Map<string, string> {
    return new Map(this.entries.map((entry) => [entry.id, entry.code]));
  }
}

/** The element's first match of `selector` inside `root` (the parts query their own part of the page only). */
export function find<T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`custom path: no ${selector}`);
  return found;
}
