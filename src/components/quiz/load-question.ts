import { urls } from '../../utils/url.ts';

// Each fetched once per page: the question index, then each lesson's question page as it is needed.
let sets: Promise<Map<string, string>> | undefined;
const setPages = new Map<string, Promise<Document>>();

/** Question id → the lesson whose question page holds it. */
function setIndex(): Promise<Map<string, string>> {
  sets ??= fetch(urls.questionIndex())
    .then((response) => {
      if (!response.ok) throw new Error(`question index: ${response.status}`);
      return response.json() as Promise<Record<string, string[]>>;
    })
    .then((index) => new Map(Object.entries(index).flatMap(([lesson, ids]) => ids.map((id) => [id, lesson] as const))));
  sets.catch(() => (sets = undefined));
  return sets;
}

function setPage(lesson: string): Promise<Document> {
  let page = setPages.get(lesson);
  if (!page) {
    page = fetch(urls.lessonQuestions(lesson)).then(async (response) => {
      if (!response.ok) throw new Error(`question page "${lesson}": ${response.status}`);
      const html = await response.text();
      // Only the questions are parsed: parsing the whole page would have the browser check that page's
      // inline <style> blocks against this page's Content-Security-Policy and report violations.
      // What lies between two questions (a link to the lesson, the share box) is parsed too and left unused.
      const close = '</course-question>';
      const start = html.indexOf('<course-question');
      const end = html.lastIndexOf(close);
      if (start < 0 || end < start) throw new Error(`question page "${lesson}": no question in it`);
      return new DOMParser().parseFromString(html.slice(start, end + close.length), 'text/html');
    });
    setPages.set(lesson, page);
    page.catch(() => setPages.delete(lesson));
  }
  return page;
}

/** The lesson whose question page holds question `id`; undefined when none does. */
export async function lessonOfQuestion(id: string): Promise<string | undefined> {
  return (await setIndex()).get(id);
}

/** Fetches one question (with the other questions of its lesson, once) and returns its `course-question` element, ready to insert. */
export async function loadQuestion(id: string): Promise<HTMLElement> {
  const lesson = (await setIndex()).get(id);
  if (!lesson) throw new Error(`question "${id}": in no lesson's question page`);
  const question = (await setPage(lesson)).querySelector<HTMLElement>(`course-question[data-question-id="${CSS.escape(id)}"]`);
  if (!question) throw new Error(`question "${id}": not on the question page of "${lesson}"`);
  return document.importNode(question, true);
}
