import GithubSlugger from 'github-slugger';
import { fullWidthPunctuation } from '../text/punctuation.ts';
import { say, type Problem } from './content-messages.ts';
import { shortCodes } from './paths.ts';
import { CUSTOM_PATH_ID } from './progress/types.ts';

/** The checks that span several files, which no single schema can make. */

export interface ModuleRef {
  id: string;
  file: string;
  order: number;
}

export interface LessonRef {
  /** `<module folder>/<slug>`, from the file path. */
  id: string;
  file: string;
  module: string;
  order: number;
  related: readonly string[];
  /** The MDX source, to find what it embeds and links to. */
  body: string;
  /** The file line `body` starts on, so messages can name lines; unknown when absent. */
  bodyLine?: number | undefined;
  /** The file line of each frontmatter field, where known. */
  fieldLines?: Partial<Record<string, number>> | undefined;
}

export interface QuestionRef {
  id: string;
  lesson: string;
  file: string;
  line?: number | undefined;
  /** False for questions kept out of the lesson's own quiz. */
  lessonQuiz?: boolean | undefined;
}

export interface PathRef {
  id: string;
  file: string;
  steps: readonly ({ lesson: string } | { practice: string })[];
}

export interface TermRef {
  id: string;
  file: string;
  lessons: readonly string[];
  line?: number | undefined;
}

/**
 * Ids that exist in files which failed their own checks: those files already have a message, so naming
 * them elsewhere (a question of a lesson whose title is missing) is not a second problem.
 */
export interface InvalidIds {
  modules?: readonly string[];
  lessons?: readonly string[];
  questions?: readonly string[];
  terms?: readonly string[];
  /** Lessons whose question file has a problem. */
  questionLessons?: readonly string[];
}

/** What an MDX body refers to: question ids, glossary ids and lesson links (`module/slug#anchor`). */
export function lessonReferences(body: string): { questions: string[]; terms: string[]; links: string[]; lessonQuiz: boolean } {
  const questions: string[] = [];
  for (const match of body.matchAll(/<Quiz\b[^>]*?\bids=\{\[([^\]]*)\]\}/g)) {
    for (const id of match[1]!.matchAll(/["']([^"']+)["']/g)) questions.push(id[1]!);
  }
  for (const match of body.matchAll(/<Question\b[^>]*?\bid=["']([^"']+)["']/g)) questions.push(match[1]!);
  const terms = [...body.matchAll(/<Term\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
  const links = [...body.matchAll(/<LessonLink\b[^>]*?\bto=["']([^"']+)["']/g)].map((m) => m[1]!);
  const lessonQuiz = /<Quiz\b(?=[^>]*\blesson\b)[^>]*>/.test(body);
  return { questions, terms, links, lessonQuiz };
}

/** Images in an MDX body with no alternative text: `![](x.png)` or `<img>` without `alt`. */
function imagesWithoutAlt(body: string): string[] {
  const markdown = [...body.matchAll(/!\[\s*\]\(([^)\s]*)[^)]*\)/g)].map((m) => `"${m[1]}"`);
  const html = [...body.matchAll(/<img\b(?![^>]*\balt=)([^>]*)>/g)].map((m) => `"${/\bsrc=["']([^"']*)["']/.exec(m[1]!)?.[1] ?? '<img>'}"`);
  return [...markdown, ...html];
}

/** The anchors Astro gives the headings of an MDX body (same slugger, same order). */
export function headingAnchors(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const match of body.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    anchors.add(slugger.slug(fullWidthPunctuation(match[1]!.replace(/[*_`]/g, ''))));
  }
  return anchors;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The file line of the first occurrence of `needle` in a lesson body, when the body's place is known. */
function lineIn(lesson: LessonRef, needle: string): number | undefined {
  if (lesson.bodyLine === undefined) return undefined;
  const at = lesson.body.indexOf(needle);
  return at < 0 ? undefined : lesson.bodyLine + (lesson.body.slice(0, at).match(/\n/g)?.length ?? 0);
}

/** Every cross-file problem of the course, one each, naming the file, the line where known and the field. */
export function validateCourse(
  modules: readonly ModuleRef[],
  lessons: readonly LessonRef[],
  questions: readonly QuestionRef[],
  terms: readonly TermRef[] = [],
  paths: readonly PathRef[] = [],
  invalid: InvalidIds = {},
): Problem[] {
  const errors: Problem[] = [];
  const moduleIds = new Set(modules.map((m) => m.id));
  const lessonsById = new Map(lessons.map((l) => [l.id, l]));
  const questionIds = new Set(questions.map((q) => q.id));
  const termIds = new Set(terms.map((t) => t.id));
  const someModule = (id: string) => moduleIds.has(id) || !!invalid.modules?.includes(id);
  const someLesson = (id: string) => lessonsById.has(id) || !!invalid.lessons?.includes(id);
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (lesson: LessonRef) => anchorsOf.get(lesson.id) ?? anchorsOf.set(lesson.id, headingAnchors(lesson.body)).get(lesson.id)!;
  const quizQuestions = new Set(questions.filter((q) => q.lessonQuiz !== false).map((q) => q.lesson));
  const list = (items: Iterable<string>) => [...items].join(say('where.list'));

  for (const group of duplicates(modules, (m) => String(m.order))) {
    const [first, ...rest] = group.map((m) => ({ file: m.file }));
    errors.push({ ...first!, also: rest, field: ['order'], code: 'course.moduleOrder', values: { order: group[0]!.order } });
  }
  for (const lesson of lessons) {
    const folder = lesson.id.split('/')[0]!;
    const at = (line?: number) => ({ file: lesson.file, line });
    const fieldLine = (field: string) => lesson.fieldLines?.[field];
    if (!someModule(lesson.module)) {
      errors.push({ ...at(fieldLine('module')), field: ['module'], code: 'course.noModule', values: { module: lesson.module, modules: list(moduleIds) } });
    } else if (folder !== lesson.module) {
      errors.push({ ...at(fieldLine('module')), field: ['module'], code: 'course.moduleFolder', values: { module: lesson.module, folder } });
    }
    for (const related of lesson.related) {
      if (!someLesson(related)) errors.push({ ...at(fieldLine('related')), field: ['related'], code: 'course.noRelated', values: { lesson: related } });
    }
    for (const image of imagesWithoutAlt(lesson.body)) {
      errors.push({ ...at(lineIn(lesson, image.slice(1, -1))), code: 'course.imageAlt', values: { image } });
    }
    const refs = lessonReferences(lesson.body);
    for (const id of refs.questions) {
      if (!questionIds.has(id) && !invalid.questions?.includes(id)) errors.push({ ...at(lineIn(lesson, id)), code: 'course.noQuestion', values: { id } });
    }
    if (refs.lessonQuiz && !quizQuestions.has(lesson.id) && !invalid.questionLessons?.includes(lesson.id))
      errors.push({ ...at(lineIn(lesson, '<Quiz')), code: 'course.emptyQuiz', values: { lesson: lesson.id } });
    for (const id of refs.terms) {
      if (!termIds.has(id) && !invalid.terms?.includes(id)) errors.push({ ...at(lineIn(lesson, `<Term id="${id}"`)), code: 'course.noTerm', values: { id } });
    }
    for (const link of refs.links) {
      const [target = '', anchor] = link.split('#');
      const linked = lessonsById.get(target);
      const line = lineIn(lesson, `to="${link}"`);
      if (!linked) {
        if (!invalid.lessons?.includes(target)) errors.push({ ...at(line), code: 'course.noLinkedLesson', values: { link, lesson: target } });
      } else if (anchor && !anchors(linked).has(anchor)) errors.push({ ...at(line), code: 'course.noAnchor', values: { link, lesson: target, anchor } });
    }
  }
  for (const group of duplicates(lessons, (l) => `${l.module}#${l.order}`)) {
    const [first, ...rest] = group.map((l) => ({ file: l.file, line: l.fieldLines?.['order'] }));
    errors.push({ ...first!, also: rest, field: ['order'], code: 'course.lessonOrder', values: { module: group[0]!.module, order: group[0]!.order } });
  }
  for (const question of questions) {
    if (!someLesson(question.lesson))
      errors.push({ file: question.file, line: question.line, item: { kind: 'question', id: question.id }, code: 'course.questionLesson', values: { lesson: question.lesson } });
  }
  for (const term of terms) {
    for (const lesson of term.lessons) {
      if (!someLesson(lesson))
        errors.push({ file: term.file, line: term.line, item: { kind: 'term', id: term.id }, field: ['lessons'], code: 'course.noLesson', values: { lesson } });
    }
  }
  // Custom paths name lessons and modules by a short code made from the id: two ids must not share one.
  const clash = shortCodes([...lessons.map((l) => l.id), ...modules.map((m) => m.id)]).clash;
  if (clash) {
    const newer = lessonsById.get(clash[1]) ?? lessonsById.get(clash[0]);
    errors.push({ file: newer?.file ?? modules.find((m) => clash.includes(m.id))!.file, code: 'course.codeClash', values: { other: clash[0], id: clash[1] } });
  }
  for (const path of paths) {
    if (path.id === CUSTOM_PATH_ID) errors.push({ file: path.file, code: 'course.reservedPath' });
    path.steps.forEach((step, i) => {
      if ('lesson' in step && !someLesson(step.lesson)) errors.push({ file: path.file, field: ['steps', i, 'lesson'], code: 'course.noLesson', values: { lesson: step.lesson } });
      if ('practice' in step && !someModule(step.practice))
        errors.push({ file: path.file, field: ['steps', i, 'practice'], code: 'course.noPracticeModule', values: { module: step.practice } });
    });
  }
  return errors;
}
