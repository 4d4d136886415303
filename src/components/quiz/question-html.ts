/** Where a question's number goes in its markup (QuestionMarkup.astro), filled per copy by `numbered`. */
export const NUMBER_SLOT = '<!--q-number-->';

/** A question's markup with its number before the stem, or none. */
export function numbered(html: string, number?: number): string {
  return html.replace(NUMBER_SLOT, number ? `<span class="q-number">${number}.</span>` : '');
}
