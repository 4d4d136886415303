import GithubSlugger from 'github-slugger';
import { fullWidthPunctuation } from './punctuation.ts';

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
}

export interface QuestionRef {
  id: string;
  lesson: string;
  file: string;
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
}

/** What an MDX body refers to: question ids, glossary ids and lesson links (`module/slug#anchor`). */
export function lessonReferences(body: string): { questions: string[]; terms: string[]; links: string[] } {
  const questions: string[] = [];
  for (const match of body.matchAll(/<Quiz\b[^>]*?\bids=\{\[([^\]]*)\]\}/g)) {
    for (const id of match[1]!.matchAll(/["']([^"']+)["']/g)) questions.push(id[1]!);
  }
  for (const match of body.matchAll(/<Question\b[^>]*?\bid=["']([^"']+)["']/g)) questions.push(match[1]!);
  const terms = [...body.matchAll(/<Term\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
  const links = [...body.matchAll(/<LessonLink\b[^>]*?\bto=["']([^"']+)["']/g)].map((m) => m[1]!);
  return { questions, terms, links };
}

/** Images in an MDX body with no alternative text: `![](x.png)` or `<img>` without `alt`. */
export function imagesWithoutAlt(body: string): string[] {
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

/** Every cross-file problem of the course, one message each, naming the file and the field. */
export function validateCourse(
  modules: readonly ModuleRef[],
  lessons: readonly LessonRef[],
  questions: readonly QuestionRef[],
  terms: readonly TermRef[] = [],
  paths: readonly PathRef[] = [],
): string[] {
  const errors: string[] = [];
  const moduleIds = new Set(modules.map((m) => m.id));
  const lessonsById = new Map(lessons.map((l) => [l.id, l]));
  const questionIds = new Set(questions.map((q) => q.id));
  const termIds = new Set(terms.map((t) => t.id));
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (lesson: LessonRef) => anchorsOf.get(lesson.id) ?? anchorsOf.set(lesson.id, headingAnchors(lesson.body)).get(lesson.id)!;

  for (const group of duplicates(modules, (m) => String(m.order))) {
    errors.push(`${group.map((m) => m.file).join(' and ')}: field "order": these modules share position ${group[0]!.order}; give each its own number`);
  }
  for (const lesson of lessons) {
    const folder = lesson.id.split('/')[0];
    if (!moduleIds.has(lesson.module)) {
      errors.push(`${lesson.file}: field "module": there is no module "${lesson.module}" (modules: ${[...moduleIds].join(', ')})`);
    } else if (folder !== lesson.module) {
      errors.push(`${lesson.file}: field "module": says "${lesson.module}" but the file is in the folder "${folder}"; move the file or correct the field`);
    }
    for (const related of lesson.related) {
      if (!lessonsById.has(related)) errors.push(`${lesson.file}: field "related": there is no lesson "${related}" (write it as <module>/<file name>)`);
    }
    for (const image of imagesWithoutAlt(lesson.body)) {
      errors.push(`${lesson.file}: the image ${image} has no alt text; describe it for people who cannot see it (![description](file))`);
    }
    const refs = lessonReferences(lesson.body);
    for (const id of refs.questions) {
      if (!questionIds.has(id)) errors.push(`${lesson.file}: the lesson embeds question "${id}", which is not in the question bank`);
    }
    for (const id of refs.terms) {
      if (!termIds.has(id)) errors.push(`${lesson.file}: <Term id="${id}">: there is no glossary term "${id}" in content/glossary/`);
    }
    for (const link of refs.links) {
      const [target = '', anchor] = link.split('#');
      const linked = lessonsById.get(target);
      if (!linked) errors.push(`${lesson.file}: <LessonLink to="${link}">: there is no lesson "${target}"`);
      else if (anchor && !anchors(linked).has(anchor))
        errors.push(`${lesson.file}: <LessonLink to="${link}">: lesson "${target}" has no heading with the anchor "#${anchor}"`);
    }
  }
  for (const group of duplicates(lessons, (l) => `${l.module}#${l.order}`)) {
    errors.push(`${group.map((l) => l.file).join(' and ')}: field "order": these lessons share position ${group[0]!.order} in module "${group[0]!.module}"; give each its own number`);
  }
  for (const question of questions) {
    if (!lessonsById.has(question.lesson)) errors.push(`${question.file}: question "${question.id}": there is no lesson "${question.lesson}" for it to belong to`);
  }
  for (const term of terms) {
    for (const lesson of term.lessons) {
      if (!lessonsById.has(lesson)) errors.push(`${term.file}: term "${term.id}": field "lessons": there is no lesson "${lesson}"`);
    }
  }
  for (const path of paths) {
    path.steps.forEach((step, i) => {
      if ('lesson' in step && !lessonsById.has(step.lesson)) errors.push(`${path.file}: field "steps[${i}].lesson": there is no lesson "${step.lesson}"`);
      if ('practice' in step && !moduleIds.has(step.practice)) errors.push(`${path.file}: field "steps[${i}].practice": there is no module "${step.practice}"`);
    });
  }
  return errors;
}
