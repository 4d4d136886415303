const rendered = new WeakMap<object, Promise<string>>();

/** The HTML `render` made for `of` the first time, when `reuse`; else `render`'s own. */
export function renderedOnce(of: object, render: () => Promise<string>, reuse: boolean): Promise<string> {
  if (!reuse) return render();
  let html = rendered.get(of);
  if (!html) rendered.set(of, (html = render()));
  return html;
}
