import { urls } from '../../utils/url.ts';
/** Fetches the page of one question and returns its `course-question` element, ready to insert. */
export async function loadQuestion(id: string): Promise<HTMLElement> {
  const response = await fetch(urls.question(id));
  if (!response.ok) throw new Error(`question "${id}": ${response.status}`);
  const html = await response.text();
  // Only the question is parsed: parsing the whole page would have the browser check that page's
  // inline <style> blocks against this page's Content-Security-Policy and report violations.
  const close = '</course-question>';
  const start = html.indexOf('<course-question');
  const end = html.lastIndexOf(close);
  if (start < 0 || end < start) throw new Error(`question "${id}": no question on its page`);
  const page = new DOMParser().parseFromString(html.slice(start, end + close.length), 'text/html');
  const question = page.querySelector<HTMLElement>('course-question');
  if (!question) throw new Error(`question "${id}": no question on its page`);
  return document.importNode(question, true);
}
