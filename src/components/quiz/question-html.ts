/** Where a question's number goes in its markup (QuestionMarkup.astro), filled per copy by `numbered`. */
export const NUMBER_SLOT = '<!--q-number-->';

/** A question's markup with its number before the stem, or none. */
export function numbered(html: string, number?: number): string {
  return html.replace(NUMBER_SLOT, number ? `<span class="q-number">${number}.</span>` : '');
}

const rendered = new WeakMap<object, Promise<string>>();

/** The HTML `render` made for `of` the first time, when `reuse`; else `render`'s own. */
export function renderedOnce(of: object, render: () => Promise<string>, reuse: boolean): Promise<string> {
  if (!reuse) return render();
  let html = rendered.get(of);
  if (!html) rendered.set(of, (html = render()));
  return html;
}
