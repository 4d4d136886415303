/**
 * The course menu's block of one module (CourseMenu.astro) is rendered once per build and reused on every
 * lesson page: a course of 300 lessons would otherwise render 300 entries on each of its 300 pages. The
 * block of the lesson being read is made its page's own here: its module open, its entry the current page.
 */
export function markCurrent(moduleHtml: string, lessonHref: string): string {
  const block = '<details class="menu-module"';
  const link = `<a href="${lessonHref}">`;
  if (!moduleHtml.startsWith(block) || !moduleHtml.includes(link)) throw new Error(`course menu: no module block with an entry linking to ${lessonHref}`);
  return `${block} open${moduleHtml.slice(block.length)}`.replace(link, `<a href="${lessonHref}" aria-current="page">`);
}
