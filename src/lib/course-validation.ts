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

/** The file line of the first occurrence of `needle` in a lesson body, when the body's place is known. */
function lineIn(lesson: LessonRef, needle: string): number | undefined {
  if (lesson.bodyLine === undefined) return undefined;
  const at = lesson.body.indexOf(needle);
  return at < 0 ? undefined : lesson.bodyLine + (lesson.body.slice(0, at).match(/\n/g)?.length ?? 0);
}

const at = (file: string, line?: number) => (line ? `${file} 第 ${line} 行` : file);

/** Every cross-file problem of the course, one message each, naming the file, the line where known and the field. */
export function validateCourse(
  modules: readonly ModuleRef[],
  lessons: readonly LessonRef[],
  questions: readonly QuestionRef[],
  terms: readonly TermRef[] = [],
  paths: readonly PathRef[] = [],
  invalid: InvalidIds = {},
): string[] {
  const errors: string[] = [];
  const moduleIds = new Set(modules.map((m) => m.id));
  const lessonsById = new Map(lessons.map((l) => [l.id, l]));
  const questionIds = new Set(questions.map((q) => q.id));
  const termIds = new Set(terms.map((t) => t.id));
  const someModule = (id: string) => moduleIds.has(id) || !!invalid.modules?.includes(id);
  const someLesson = (id: string) => lessonsById.has(id) || !!invalid.lessons?.includes(id);
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (lesson: LessonRef) => anchorsOf.get(lesson.id) ?? anchorsOf.set(lesson.id, headingAnchors(lesson.body)).get(lesson.id)!;
  const quizQuestions = new Set(questions.filter((q) => q.lessonQuiz !== false).map((q) => q.lesson));

  for (const group of duplicates(modules, (m) => String(m.order))) {
    errors.push(`${group.map((m) => m.file).join(' 和 ')}：字段 order（顺序号）：这几个模块的顺序号都是 ${group[0]!.order}，请给每个模块不同的数字`);
  }
  for (const lesson of lessons) {
    const folder = lesson.id.split('/')[0];
    const fieldLine = (field: string) => lesson.fieldLines?.[field];
    if (!someModule(lesson.module)) {
      errors.push(`${at(lesson.file, fieldLine('module'))}：字段 module（所属模块）：没有叫“${lesson.module}”的模块（现有的模块：${[...moduleIds].join('、')}）`);
    } else if (folder !== lesson.module) {
      errors.push(`${at(lesson.file, fieldLine('module'))}：字段 module（所属模块）：写的是“${lesson.module}”，但文件在文件夹“${folder}”里。请把文件移到 ${lesson.module}/ 里，或改正这个字段`);
    }
    for (const related of lesson.related) {
      if (!someLesson(related)) errors.push(`${at(lesson.file, fieldLine('related'))}：字段 related（相关课程）：没有课程“${related}”（写成“模块/文件名”，例如 complaints/six-steps）`);
    }
    for (const image of imagesWithoutAlt(lesson.body)) {
      errors.push(`${at(lesson.file, lineIn(lesson, image.slice(1, -1)))}：图片 ${image} 没有替代文字。请为看不见图片的人描述它：![图片内容的描述](文件)`);
    }
    const refs = lessonReferences(lesson.body);
    for (const id of refs.questions) {
      if (!questionIds.has(id) && !invalid.questions?.includes(id))
        errors.push(`${at(lesson.file, lineIn(lesson, id))}：本课引用了题目“${id}”，但题库里没有这道题。请检查编号，或先在 questions/ 里写好这道题`);
    }
    if (refs.lessonQuiz && !quizQuestions.has(lesson.id) && !invalid.questionLessons?.includes(lesson.id))
      errors.push(`${at(lesson.file, lineIn(lesson, '<Quiz'))}：<Quiz lesson /> 没有题目可以显示。请在 questions/${lesson.id}.yaml 里写本课的题目，或删掉 <Quiz lesson />`);
    for (const id of refs.terms) {
      if (!termIds.has(id) && !invalid.terms?.includes(id)) errors.push(`${at(lesson.file, lineIn(lesson, `<Term id="${id}"`))}：<Term id="${id}">：术语表（glossary/）里没有“${id}”`);
    }
    for (const link of refs.links) {
      const [target = '', anchor] = link.split('#');
      const linked = lessonsById.get(target);
      const line = lineIn(lesson, `to="${link}"`);
      if (!linked) {
        if (!invalid.lessons?.includes(target)) errors.push(`${at(lesson.file, line)}：<LessonLink to="${link}">：没有课程“${target}”`);
      } else if (anchor && !anchors(linked).has(anchor))
        errors.push(`${at(lesson.file, line)}：<LessonLink to="${link}">：课程“${target}”里没有锚点为“#${anchor}”的标题（锚点来自 ## 标题的文字）`);
    }
  }
  for (const group of duplicates(lessons, (l) => `${l.module}#${l.order}`)) {
    errors.push(`${group.map((l) => at(l.file, l.fieldLines?.['order'])).join(' 和 ')}：字段 order（顺序号）：这几课在模块“${group[0]!.module}”里的顺序号都是 ${group[0]!.order}，请给每课不同的数字`);
  }
  for (const question of questions) {
    if (!someLesson(question.lesson))
      errors.push(`${at(question.file, question.line)}：题目 ${question.id}：没有课程“${question.lesson}”。题目文件要放在 questions/<模块>/<课程文件名>.yaml，与课程文件同名`);
  }
  for (const term of terms) {
    for (const lesson of term.lessons) {
      if (!someLesson(lesson)) errors.push(`${at(term.file, term.line)}：术语 ${term.id}，字段 lessons（课程）：没有课程“${lesson}”`);
    }
  }
  for (const path of paths) {
    path.steps.forEach((step, i) => {
      if ('lesson' in step && !someLesson(step.lesson)) errors.push(`${path.file}：字段 steps[${i}].lesson：没有课程“${step.lesson}”`);
      if ('practice' in step && !someModule(step.practice)) errors.push(`${path.file}：字段 steps[${i}].practice：没有模块“${step.practice}”`);
    });
  }
  return errors;
}
