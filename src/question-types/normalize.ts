/** Answer normalisation for fill-in blanks and keyword hints. */

const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * The comparable form of a typed answer: full-width letters, digits and spaces made half-width
 * (NFKC), letter case folded, white space removed, punctuation at either end dropped.
 * Traditional characters are handled by listing their forms in the answer key at build time.
 */
export function normalizeAnswer(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(EDGE_PUNCTUATION, '');
}

/** Whether normalised `text` contains normalised `keyword`. */
export function mentions(text: string, keyword: string): boolean {
  const needle = normalizeAnswer(keyword);
  return needle.length > 0 && normalizeAnswer(text).includes(needle);
}
