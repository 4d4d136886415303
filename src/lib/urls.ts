/**
 * Every URL of the course, built from its base path: the one place links are made, on the server
 * (src/utils/url.ts binds it to Astro's base) and in the browser (the same module, bundled by Vite).
 * Published URLs must never change: trainers send them, learners bookmark them.
 */
/** A question's element id (`q-<id>`): the anchor of its address, on the lesson's and the question page. */
export const QUESTION_ANCHOR = 'q-';
/** The id of the home page's "离线学习" box, which links from every page lead to. */
export const OFFLINE_DOWNLOAD_ANCHOR = 'offline';

/** A base path as links start with it: "/training" → "/training/", "/" → "/". */
export const withSlash = (basePath: string): string => basePath.replace(/\/?$/, '/');

/**
 * The question id in an address of the first versions (`<base>questions/<id>/`), which gave each question
 * a page of its own; undefined for any other path.
 */
export function oldQuestionId(pathname: string, basePath: string): string | undefined {
  const base = withSlash(basePath);
  if (!pathname.startsWith(`${base}questions/`)) return undefined;
  const match = /^([^/]+)\/?$/.exec(pathname.slice(base.length + 'questions/'.length));
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/**
 * A page's address below the site's base from its output file (\`build.format: 'directory'\`):
 * "lessons/a/b/index.html" → "lessons/a/b/", "index.html" → "". The inverse of \`pageFile\`.
 */
export const pageAddress = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** The output file of a page's address (\`build.format: 'directory'\`), below the output folder; undefined outside \`base\`. */
export function pageFile(pathname: string, base: string): string | undefined {
  const root = withSlash(base);
  if (!pathname.startsWith(root)) return undefined;
  const path = decodeURI(pathname.slice(root.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export function createUrls(basePath: string) {
  const base = withSlash(basePath);
  /** `path` ("search/") under the site's base ("/training/search/"). */
  const href = (path = '') => base + path.replace(/^\//, '');
  const query = (path: string, params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
    const text = search.toString();
    return text ? `${href(path)}?${text}` : href(path);
  };
  return {
    base,
    home: () => base,
    /** The course outline: every lesson (also the LMS launch page's lesson root). */
    lessons: () => href('lessons/'),
    /** A lesson; its id is `<module>/<slug>`. */
    lesson: (lessonId: string) => href(`lessons/${lessonId}/`),
    /** A lesson opened from a learning path: the lesson shows its place in the path (`?path=`, PATH_PARAM in paths.ts). */
    lessonInPath: (lessonId: string, pathId: string) => query(`lessons/${lessonId}/`, { path: pathId }),
    module: (moduleId: string) => href(`modules/${moduleId}/`),
    /**
     * A question's own address: its lesson's question page, showing that question alone (QUESTION_ANCHOR).
     * The addresses of the first versions, `questions/<id>/`, lead here from the 404 page (oldQuestionId).
     */
    question: (lessonId: string, questionId: string) => href(`questions/${lessonId}/#${QUESTION_ANCHOR}${encodeURIComponent(questionId)}`),
    /** A question in its lesson's quiz, with the lesson's text above it. */
    questionInLesson: (lessonId: string, questionId: string) => href(`lessons/${lessonId}/#${QUESTION_ANCHOR}${encodeURIComponent(questionId)}`),
    /**
     * Every question of one lesson, on a page for people. Practice and the exam fetch the same page for the
     * questions they show (components/quiz/load-question.ts): a second copy per lesson would double the files.
     */
    lessonQuestions: (lessonId: string) => href(`questions/${lessonId}/`),
    /** Which lesson's question page holds each question. */
    questionIndex: () => href('questions/index.json'),
    practice: (setId: string) => href(`practice/${setId}/`),
    practiceHub: () => href('practice/'),
    sequentialPractice: () => href('practice/sequential/'),
    review: () => href('review/'),
    progress: (section?: string) => href(`progress/${section ? `#${section}` : ''}`),
    paths: () => href('paths/'),
    /** The custom-path builder; `query` is a custom path's `?p=…` (customPathQuery in paths.ts). */
    customPath: (query = '') => href(`paths/custom/${query}`),
    team: () => href('team/'),
    glossary: () => href('glossary/'),
    questionTypes: () => href('question-types/'),
    offline: () => href('offline/'),
    /** "离线学习", the download of the whole course, on the home page. */
    offlineDownload: () => href(`#${OFFLINE_DOWNLOAD_ANCHOR}`),
    path: (pathId: string) => href(`paths/${pathId}/`),
    /** The practice step of a learning path on one module: a few questions sized to the step's minutes. */
    pathPractice: (pathId: string, moduleId: string) => href(`paths/${pathId}/practice/${moduleId}/`),
    glossaryTerm: (termId: string) => href(`glossary/#${termId}`),
    /** The mock exam; with a seed, that exact paper; `paper` names a paper other than the default. */
    exam: (seed?: number, paper?: string) => query('exam/', { paper, seed }),
    /** A submitted exam reopened read-only with its answers, by its record id. */
    examAttempt: (recordId: string) => query('exam/', { attempt: recordId }),
    /** Random practice, of one module and of one set ("written": 简答 and 案例分析; "favourites": the starred questions). */
    randomPractice: (params: { module?: string | undefined; set?: string | undefined; seed?: number | undefined } = {}) =>
      query('practice/random/', { module: params.module, set: params.set, seed: params.seed }),
    certificate: (examId?: string) => query('certificate/', { exam: examId }),
    search: (q?: string) => query('search/', { q }),
    /** The search page's data files, fetched while the learner types: terms, lexicon, traditional. */
    searchData: (name: 'terms' | 'lexicon' | 'traditional') => href(`search/${name}.json`),
    /** Titles of every lesson and practice set, for a lesson opened from a custom path. */
    pathCatalog: () => href('paths/catalog.json'),
    /** Pagefind's script, loaded on demand. */
    pagefind: () => href('pagefind/pagefind.js'),
    /** A file of the site that is not a page: favicon, manifest, service worker, icons. */
    asset: (path: string) => href(path),
  };
}

export type CourseUrls = ReturnType<typeof createUrls>;
