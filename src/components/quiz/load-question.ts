/** Fetches the page of one question and returns its `course-question` element, ready to insert. */
export async function loadQuestion(base: string, id: string): Promise<HTMLElement> {
  const response = await fetch(`${base}questions/${encodeURIComponent(id)}/`);
  if (!response.ok) throw new Error(`question "${id}": ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const question = page.querySelector<HTMLElement>('course-question');
  if (!question) throw new Error(`question "${id}": no question on its page`);
  return document.importNode(question, true);
}
