import { urls } from '../../utils/url.ts';

// Each fetched once per page: the question index, then each lesson's question page as it is needed.
let index: Promise<Map<string, string>> | undefined;
const questionPages = new Map<string, Promise<Document>>();

/** Question id → the lesson whose question page holds it. */
function lessonsByQuestion(): Promise<Map<string, string>> {
  index ??= fetch(urls.questionIndex())
    .then((response) => {
      if (!response.ok) throw new Error(`question index: ${response.status}`);
      return response.json() as Promise<Record<string, string[]>>;
    })
    .then((lessons) => new Map(Object.entries(lessons).flatMap(([lesson, ids]) => ids.map((id) => [id, lesson] as const))));
  index.catch(() => (index = undefined));
  return index;
}

function questionPage(lesson: string): Promise<Document> {
  let page = questionPages.get(lesson);
  if (!page) {
    page = fetch(urls.lessonQuestions(lesson)).then(async (response) => {
      if (!response.ok) throw new Error(`question page "${lesson}": ${response.status}`);
      const html = await response.text();
      // Only the stretch from the first question to the last is parsed, not the page's header and menus.
      // What lies between two questions (a link to the lesson, the share box) is parsed too and left unused.
      const close = '</course-question>';
      const start = html.indexOf('<course-question');
      const end = html.lastIndexOf(close);
      if (start < 0 || end < start) throw new Error(`question page "${lesson}": no question in it`);
      return new DOMParser().parseFromString(html.slice(start, end + close.length), 'text/html');
    });
    questionPages.set(lesson, page);
    page.catch(() => questionPages.delete(lesson));
  }
  return page;
}

/** The lesson whose question page holds question `id`; undefined when none does. */
export async function lessonOfQuestion(id: string): Promise<string | undefined> {
  return (await lessonsByQuestion()).get(id);
}

/** Fetches one question (with the other questions of its lesson, once) and returns its `course-question` element, ready to insert. */
export async function loadQuestion(id: string): Promise<HTMLElement> {
  const lesson = (await lessonsByQuestion()).get(id);
  if (!lesson) throw new Error(`question "${id}": in no lesson's question page`);
  const question = (await questionPage(lesson)).querySelector<HTMLElement>(`course-question[data-question-id="${CSS.escape(id)}"]`);
  if (!question) throw new Error(`question "${id}": not on the question page of "${lesson}"`);
  return document.importNode(question, true);
}
