/**
 * The value of `data-labels` for an element whose labels are `L`: the server passes every label the
 * element's `label()` can ask for, or the page does not compile. (Apart from course-element.ts, which
 * extends HTMLElement and so cannot load on the server.)
 */
export function labelsAttribute<L extends string>(labels: Record<L, string>): string {
  return JSON.stringify(labels);
}
