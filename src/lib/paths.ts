import type { CourseUrls } from './urls.ts';
import type { PathStep } from '../schemas/path.ts';

export { isCustomPathQuery, MAX_TITLE_LENGTH, STEPS_PARAM } from './path-link.ts';
import { customPathTitle, LESSONS_PARAM, MAX_TITLE_LENGTH, SHORT_TITLE_PARAM, STEPS_PARAM, TITLE_PARAM } from './path-link.ts';
/** The trainer's note to the learner in a custom path link. */
const NOTE_PARAM = 'n';
/** Longest note kept from a link, in characters. */
export const MAX_NOTE_LENGTH = 200;
/** What a practice step's token starts with, before its module's code. */
const PRACTICE_MARK = '_';
const CODE_LENGTH = 4;

/** Minutes a practice step is estimated to take: lessons state their own minutes, practice has none. */
export const PRACTICE_STEP_MINUTES = 10;

/** Estimated minutes of a path: each lesson's own minutes, plus PRACTICE_STEP_MINUTES per practice step. */
export function pathMinutes(steps: readonly PathStep[], lessonMinutes: (lessonId: string) => number): number {
  return steps.reduce((sum, step) => sum + ('lesson' in step ? lessonMinutes(step.lesson) : PRACTICE_STEP_MINUTES), 0);
}

/**
 * The short code of a lesson or module id in custom path links: four letters and digits from a hash of
 * the id. Ids never change once published, so neither do their codes; links stay short (ten lessons
 * in 49 characters) however long the ids.
 */
export function shortCode(id: string): string {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** CODE_LENGTH).toString(36).padStart(CODE_LENGTH, '0');
}

/** Codes of every id given, or the first two ids sharing a code (which the build refuses). */
export function shortCodes(ids: readonly string[]): { codes: Map<string, string>; clash?: [string, string] } {
  const codes = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const id of ids) {
    const code = shortCode(id);
    const other = owner.get(code);
    if (other !== undefined && other !== id) return { codes, clash: [other, id] };
    owner.set(code, id);
    codes.set(id, code);
  }
  return { codes };
}

/**
 * The query string of a custom path: `?p=` and one token per step joined by "." (a lesson's code, or
 * "_" and its module's code for practice), then `&t=` title and `&n=` note when given; '' for no steps.
 * `codes` maps lesson and module ids to their codes; an id without one is written in full.
 */
export function customPathQuery(
  steps: readonly PathStep[],
  codes: ReadonlyMap<string, string>,
  { title = '', note = '' }: { title?: string | undefined; note?: string | undefined } = {},
): string {
  if (steps.length === 0) return '';
  const token = (step: PathStep) => ('lesson' in step ? (codes.get(step.lesson) ?? step.lesson) : PRACTICE_MARK + (codes.get(step.practice) ?? step.practice));
  let query = `?${STEPS_PARAM}=${steps.map((step) => encodeURIComponent(token(step)).replaceAll('%2F', '/')).join('.')}`;
  const name = title.trim().slice(0, MAX_TITLE_LENGTH);
  if (name) query += `&${SHORT_TITLE_PARAM}=${encodeURIComponent(name)}`;
  const words = note.trim().slice(0, MAX_NOTE_LENGTH);
  if (words) query += `&${NOTE_PARAM}=${encodeURIComponent(words)}`;
  return query;
}

/** What a custom path link holds. */
export interface CustomPath {
  steps: PathStep[];
  /** Tokens or ids that match no lesson or module of this course. */
  unknown: string[];
  title: string;
  note: string;
}

/** `query` without the parameters of a custom path link (its steps, title and note), as `?…` or ''. */
export function withoutCustomPath(query: string): string {
  const params = new URLSearchParams(query);
  for (const name of [STEPS_PARAM, LESSONS_PARAM, SHORT_TITLE_PARAM, TITLE_PARAM, NOTE_PARAM]) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * Reads a custom path link: the short form `?p=…&t=…&n=…`, and the old form
 * `?lessons=communication/communication-model,complaints/six-steps&title=…` that links already sent use.
 * Steps keep the link's order, without blanks or repeats.
 */
export function parseCustomPath(query: string, known: { lessons: readonly string[]; modules: readonly string[] }): CustomPath {
  const params = new URLSearchParams(query);
  const lessonByToken = new Map<string, string>([...known.lessons.map((id) => [id, id] as const), ...known.lessons.map((id) => [shortCode(id), id] as const)]);
  const moduleByToken = new Map<string, string>([...known.modules.map((id) => [id, id] as const), ...known.modules.map((id) => [shortCode(id), id] as const)]);
  const seen = new Set<string>();
  const steps: PathStep[] = [];
  const unknown: string[] = [];
  const short = params.getAll(STEPS_PARAM).flatMap((value) => value.split(/[.,]/));
  const old = params.getAll(LESSONS_PARAM).flatMap((value) => value.split(','));
  for (const raw of [...short, ...old]) {
    // Slashes around an id come from pasting a lesson URL's path, e.g. "/complaints/six-steps/".
    const token = raw.trim().replace(/^\/+|\/+$/g, '');
    if (!token || seen.has(token)) continue;
    seen.add(token);
    const practice = token.startsWith(PRACTICE_MARK) ? moduleByToken.get(token.slice(1)) : undefined;
    const lesson = lessonByToken.get(token);
    if (practice) steps.push({ practice });
    else if (lesson) steps.push({ lesson });
    else unknown.push(token);
  }
  const text = (name: string, max: number) => (params.get(name) ?? '').trim().slice(0, max).trim();
  return { steps, unknown, title: customPathTitle(query), note: text(NOTE_PARAM, MAX_NOTE_LENGTH) };
}

export { pathProgress } from './path-progress.ts';

/** Practice questions per minute of a path's practice step: a question takes about a minute. */
const PRACTICE_QUESTIONS_PER_MINUTE = 1;

/**
 * The questions of a path's practice step on one module, PRACTICE_STEP_MINUTES' worth: first from the
 * module's lessons the path took before the step (what the learner has just studied), then from its
 * other lessons, taken in turn from each lesson so every lesson is asked about. `questionsOf` gives a
 * lesson's question ids in order.
 */
export function practiceStepQuestions(
  steps: readonly PathStep[],
  stepIndex: number,
  moduleLessons: readonly string[],
  questionsOf: (lessonId: string) => readonly string[],
  count = PRACTICE_STEP_MINUTES * PRACTICE_QUESTIONS_PER_MINUTE,
): string[] {
  const studied = steps.slice(0, stepIndex).flatMap((step) => ('lesson' in step && moduleLessons.includes(step.lesson) ? [step.lesson] : []));
  const chosen: string[] = [];
  for (const group of [studied, moduleLessons.filter((id) => !studied.includes(id))]) {
    const queues = group.map((id) => [...questionsOf(id)]);
    while (chosen.length < count && queues.some((q) => q.length)) {
      for (const queue of queues) if (queue.length && chosen.length < count) chosen.push(queue.shift()!);
    }
  }
  return chosen;
}
/** `list` with the entry at `index` moved `by` places (−1 up, +1 down), kept within the list. */
export function moveEntry<T>(list: readonly T[], index: number, by: number): T[] {
  const to = Math.min(Math.max(index + by, 0), list.length - 1);
  const out = [...list];
  if (index < 0 || index >= list.length || to === index) return out;
  out.splice(to, 0, ...out.splice(index, 1));
  return out;
}

/** Where a step stands in a path: "第 {position} / {total} 步", and the steps before and after it. */
export interface PlaceInPath {
  /** 1-based position among all the path's steps (lessons and practice). */
  position: number;
  total: number;
  /** The step before this one; absent for the first step. */
  prev?: PathStep;
  /** The step after this one; absent for the last step. */
  next?: PathStep;
}

/**
 * The place in `steps` of a lesson (its first occurrence), or of a practice step given as
 * `{ practice }`; undefined when the path does not include it.
 */
export function placeInPath(steps: readonly PathStep[], lessonId: string | { practice: string }): PlaceInPath | undefined {
  const index = steps.findIndex((step) =>
    typeof lessonId === 'string' ? 'lesson' in step && step.lesson === lessonId : 'practice' in step && step.practice === lessonId.practice,
  );
  if (index < 0) return undefined;
  const [prev, next] = [steps[index - 1], steps[index + 1]];
  return { position: index + 1, total: steps.length, ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** The titles a lesson page needs to place itself in a custom path: lessons and practice sets by id. */
export interface PathCatalog {
  lessons: Readonly<Record<string, string>>;
  modules: Readonly<Record<string, string>>;
}

/** A lesson's place in the custom path of a link, with the links that keep the learner on that path. */
export interface CustomPlace extends PlaceInPath {
  /** The path's own title, '' when the link gives none. */
  title: string;
  /** The custom path page showing this path. */
  back: string;
  /** The path's link query (`?p=…&t=…&n=…`) as its steps carry it on: what a learner following it keeps. */
  query: string;
  /** The next step, its link carrying the path on. */
  nextStep?: { href: string; title: string };
}

/**
 * Where a lesson (or a practice step, `{ practice }`) stands in the custom path of `search` (its URL's query,
 * `?p=…&t=…`), or undefined when the link holds no path or the path does not include it. Steps of the path
 * link on with the same query, so the next step knows the path too.
 */
export function customPathPlace(
  search: string,
  lessonId: string | { practice: string },
  catalog: PathCatalog,
  urls: Pick<CourseUrls, 'customPath' | 'lesson' | 'practice'>,
): CustomPlace | undefined {
  const { steps, title } = parseCustomPath(search, { lessons: Object.keys(catalog.lessons), modules: Object.keys(catalog.modules) });
  const place = placeInPath(steps, lessonId);
  if (!place) return undefined;
  // The path travels on as the learner received it, the trainer's note included: the way back shows it again.
  const query = `?${new URLSearchParams(search).toString()}`;
  const { next } = place;
  const nextStep = !next
    ? undefined
    : 'lesson' in next
      ? { href: urls.lesson(next.lesson) + query, title: catalog.lessons[next.lesson]! }
      : { href: urls.practice(next.practice) + query, title: catalog.modules[next.practice]! };
  return { ...place, title, back: urls.customPath(query), query, ...(nextStep ? { nextStep } : {}) };
}
