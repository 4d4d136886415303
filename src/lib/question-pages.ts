/**
 * A question's own page (`/questions/<id>/`) is written by the build from two things Astro renders:
 * the page of one question made as a template (TEMPLATE_ID, a placeholder title, the question's part
 * between markers) and, per lesson, its question set (`/question-sets/<lesson>/`), which holds the part of
 * each question's page between the same markers. Practice and the exam fetch the sets; the build
 * fills one template per question instead of rendering the whole page 10 times per lesson.
 */

/** The id under which the template page is rendered; its folder is removed once the pages are written. */
export const TEMPLATE_ID = '__question_page__';
/** Stands for the page title in the template. */
export const TITLE_SLOT = '__question_title__';

const START = '<!--question-page ';
const END = '<!--/question-page-->';

export interface QuestionPagePart {
  id: string;
  /** The page's own title, before the site name. */
  title: string;
  /** The HTML between the markers. */
  html: string;
}

/** The comment that opens one question's part; its JSON never holds "--", so the comment never ends early. */
export function partStart(id: string, title: string): string {
  return `${START}${JSON.stringify({ id, title }).replaceAll('-', '\\u002d')}-->`;
}

export const partEnd = (): string => END;

/** Every question's part in a set page (or the template), in order. */
export function questionParts(html: string): QuestionPagePart[] {
  const parts: QuestionPagePart[] = [];
  let from = 0;
  for (;;) {
    const start = html.indexOf(START, from);
    if (start < 0) return parts;
    const close = html.indexOf('-->', start);
    const end = html.indexOf(END, close);
    if (close < 0 || end < 0) throw new Error('question set: a question part is not closed');
    const { id, title } = JSON.parse(html.slice(start + START.length, close)) as { id: string; title: string };
    parts.push({ id, title, html: html.slice(close + 3, end) });
    from = end + END.length;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page of `part`'s question: the template with its title, address and part replaced. */
export function fillQuestionPage(template: string, part: QuestionPagePart): string {
  const start = template.indexOf(START);
  const end = template.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error('question page template: no question part');
  // The markers stay out of the page; the placeholders are ASCII and appear nowhere else in the template.
  const fill = (html: string) => html.replaceAll(TITLE_SLOT, escapeHtml(part.title)).replaceAll(TEMPLATE_ID, encodeURIComponent(part.id));
  const head = fill(template.slice(0, start));
  const tail = fill(template.slice(end + END.length));
  // A set page loads a component's script where the component first appears, so inside its first part;
  // the template loads them all already.
  const html = part.html.replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, (tag) => (head.includes(tag) || tail.includes(tag) ? '' : tag));
  return head + html + tail;
}
