/**
 * The labels of the two search elements (the header box and the search page): the names each one
 * reads, listed once here, and their wording from the `search.*` UI strings of the same names.
 * `searchLabels()` runs on the server; the elements import only the types.
 */
import { t } from '../../lib/i18n.ts';
import { labelsAttribute } from '../base/labels.ts';

const SHARED = ['searching', 'empty', 'results', 'converted', 'failed', 'partial', 'suggest', 'glossary', 'offline'] as const;
export const SEARCH_BOX_LABELS = [...SHARED, 'viewAll'] as const;
export const SEARCH_PAGE_LABELS = [...SHARED, 'expanded'] as const;
export type SearchBoxLabel = (typeof SEARCH_BOX_LABELS)[number];
export type SearchPageLabel = (typeof SEARCH_PAGE_LABELS)[number];

/** The `data-labels` value for an element that reads `keys`. */
export function searchLabels<L extends SearchBoxLabel | SearchPageLabel>(keys: readonly L[]): string {
  return labelsAttribute(Object.fromEntries(keys.map((key) => [key, t(`search.${key}`)])) as Record<L, string>);
}
