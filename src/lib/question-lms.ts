/**
 * The question bank in the formats an LMS imports into its question bank: Moodle XML (every type)
 * and GIFT (the types GIFT can express). Pure text; scripts/export-questions.ts writes the files.
 */
import { BLANK_PATTERN, type Question } from '../schemas/question.ts';

/** A question with where it sits in the course, for the LMS's categories. */
export interface LmsQuestion {
  question: Question;
  module: string;
  lesson: string;
}

const xml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Characters XML 1.0 forbids (control characters a pasted text may carry).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const html = (text: string) => xml(text).replaceAll('\n', '<br>');
/** Text Moodle shows as HTML, wrapped in CDATA-free escaped form. */
const textTag = (text: string, format = 'html') => `<text>${format === 'html' ? xml(`<p>${html(text)}</p>`) : xml(text)}</text>`;
const round = (n: number) => Number(n.toFixed(5)).toString();

function moodleQuestion({ question: q }: LmsQuestion): string[] {
  const head = (type: string, name = q.id, stem = q.stem) => [
    `  <question type="${type}">`,
    `    <name><text>${xml(name)}</text></name>`,
    `    <questiontext format="html">${textTag(stem)}</questiontext>`,
    `    <generalfeedback format="html">${textTag(q.explanation)}</generalfeedback>`,
    `    <idnumber>${xml(name)}</idnumber>`,
  ];
  const answer = (fraction: number, text: string, feedback = '', format = 'html') =>
    `    <answer fraction="${round(fraction)}" format="${format}">${format === 'html' ? textTag(text) : textTag(text, 'plain_text')}<feedback format="html">${feedback ? textTag(feedback) : '<text></text>'}</feedback></answer>`;
  const end = '  </question>';
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      return [
        ...head('multichoice'),
        `    <single>${q.type === 'single'}</single>`,
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>ABCD</answernumbering>',
        ...q.options.map((o) => answer(o.correct ? 100 / right : q.type === 'multiple' && wrong ? -100 / wrong : 0, o.text, o.feedback)),
        end,
      ];
    }
    case 'truefalse':
      return [...head('truefalse'), answer(q.answer ? 100 : 0, 'true', '', 'moodle_auto_format'), answer(q.answer ? 0 : 100, 'false', '', 'moodle_auto_format'), end];
    case 'fill': {
      // Cloze: each blank becomes {1:SHORTANSWER:=甲~=乙}, so questions with several blanks keep them all.
      let i = 0;
      const escape = (s: string) => s.replace(/[}#~/"\\]/g, (c) => `\\${c}`);
      const stem = q.stem.replace(BLANK_PATTERN, () => `{1:SHORTANSWER:${q.blanks[i++]!.map((a) => `=${escape(a)}`).join('~')}}`);
      return [...head('cloze', q.id, stem), end];
    }
    case 'order':
      // qtype_ordering (core since Moodle 4.4): items in their correct order.
      return [
        ...head('ordering'),
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        '    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
        ...q.items.map((item, n) => `    <answer fraction="${n + 1}" format="moodle_auto_format">${textTag(item, 'plain')}</answer>`),
        end,
      ];
    case 'categorize': {
      const label = new Map(q.categories.map((c) => [c.id, c.label]));
      return [
        ...head('matching'),
        '    <shuffleanswers>true</shuffleanswers>',
        ...q.items.map((item) => `    <subquestion format="html">${textTag(item.text)}<answer>${textTag(label.get(item.category) ?? '', 'plain')}</answer></subquestion>`),
        end,
      ];
    }
    case 'case':
      return [
        ...head('essay', q.id, `${q.case}\n\n${q.stem}`),
        '    <responseformat>editor</responseformat>',
        '    <responsefieldlines>10</responsefieldlines>',
        `    <graderinfo format="html">${textTag(q.keyPoints.map((p, n) => `${n + 1}. ${p.text}`).join('\n'))}</graderinfo>`,
        end,
      ];
    case 'dialogue':
      // One multiple-choice question per turn of the conversation.
      return q.turns.flatMap((turn, n) => [
        ...head('multichoice', `${q.id}-${n + 1}`, `${[q.scene, `客户：${turn.customer}`].filter(Boolean).join('\n')}\n${q.stem}`),
        '    <single>true</single>',
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>ABCD</answernumbering>',
        ...turn.replies.map((r) => answer(r.best ? 100 : 0, r.text, r.feedback)),
        end,
      ]);
  }
}

/** The whole bank as a Moodle XML question file, one category per lesson. */
export function moodleXml(questions: readonly LmsQuestion[], course: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let category = '';
  for (const entry of questions) {
    const path = [course, entry.module, entry.lesson].map((part) => part.replaceAll('/', '／')).join('/');
    if (path !== category) {
      category = path;
      lines.push('  <question type="category">', `    <category><text>${xml(`$course$/top/${path}`)}</text></category>`, '  </question>');
    }
    lines.push(...moodleQuestion(entry));
  }
  lines.push('</quiz>', '');
  return lines.join('\n');
}

/** GIFT escapes its own marks with a backslash. */
const gift = (text: string) => text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`).replaceAll('\n', '\\n');
const percent = (n: number) => `%${round(n)}%`;

function giftQuestion({ question: q }: LmsQuestion): string {
  const title = `::${gift(q.id)}::`;
  const general = `####${gift(q.explanation)}`;
  const fb = (text?: string) => (text ? ` #${gift(text)}` : '');
  switch (q.type) {
    case 'single':
      return `${title}${gift(q.stem)} {\n${q.options.map((o) => `  ${o.correct ? '=' : '~'}${gift(o.text)}${fb(o.feedback)}`).join('\n')}\n  ${general}\n}`;
    case 'multiple': {
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      return `${title}${gift(q.stem)} {\n${q.options.map((o) => `  ~${percent(o.correct ? 100 / right : wrong ? -100 / wrong : 0)}${gift(o.text)}${fb(o.feedback)}`).join('\n')}\n  ${general}\n}`;
    }
    case 'truefalse':
      return `${title}${gift(q.stem)} {${q.answer ? 'T' : 'F'}${general}}`;
    case 'fill': {
      if (q.blanks.length === 1) {
        const [before, after] = q.stem.split(BLANK_PATTERN);
        return `${title}${gift(before ?? '')}{${q.blanks[0]!.map((a) => `=${gift(a)}`).join(' ')}${general}}${gift(after ?? '')}`;
      }
      // GIFT has one blank per question; the Moodle XML file keeps every blank.
      return `// ${q.id}: 多空填空题无法用 GIFT 表示，请使用 questions.moodle.xml\n${title}${gift(q.stem)} {\n  =${gift(q.blanks.map((b) => b[0]).join('；'))}\n  ${general}\n}`;
    }
    case 'categorize': {
      const label = new Map(q.categories.map((c) => [c.id, c.label]));
      return `${title}${gift(q.stem)} {\n${q.items.map((item) => `  =${gift(item.text)} -> ${gift(label.get(item.category) ?? '')}`).join('\n')}\n  ${general}\n}`;
    }
    case 'case':
      return `${title}${gift(`${q.case}\n\n${q.stem}`)} {${general}}`;
    case 'order':
      return `// ${q.id}: 排序题无法用 GIFT 表示，请使用 questions.moodle.xml（ordering 题型）`;
    case 'dialogue':
      return q.turns
        .map((turn, n) => `::${gift(`${q.id}-${n + 1}`)}::${gift(`${[q.scene, `客户：${turn.customer}`].filter(Boolean).join('\n')}\n${q.stem}`)} {\n${turn.replies.map((r) => `  ${r.best ? '=' : '~'}${gift(r.text)}${fb(r.feedback)}`).join('\n')}\n  ${general}\n}`)
        .join('\n\n');
  }
}

/** The whole bank as GIFT text, a `$CATEGORY:` line per lesson. */
export function giftText(questions: readonly LmsQuestion[], course: string): string {
  const out: string[] = [];
  let category = '';
  for (const entry of questions) {
    const path = [course, entry.module, entry.lesson].map((part) => part.replaceAll('/', '／')).join('/');
    if (path !== category) {
      category = path;
      out.push(`$CATEGORY: $course$/top/${path}`);
    }
    out.push(giftQuestion(entry));
  }
  return `${out.join('\n\n')}\n`;
}
