/**
 * Moodle XML and GIFT, as each question type writes itself in them (its `moodle` and `gift` in definition.ts).
 * The whole files (categories, order) are written by src/lib/question-lms.ts.
 */
import type { ContentKey } from '../i18n/content-keys.ts';

/** Text made safe inside XML. */
export const xml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Characters XML 1.0 forbids (control characters a pasted text may carry).
    .replace(/[^\P{Cc}\t\n\r\u007f-\u009f]|[\ufffe\uffff]/gu, '');
const html = (text: string) => xml(text).replaceAll('\n', '<br>');
/** A `<text>` element: shown by Moodle as HTML (escaped, no CDATA), or as plain text. */
export const textTag = (text: string, format = 'html') => `<text>${format === 'html' ? xml(`<p>${html(text)}</p>`) : xml(text)}</text>`;
/** A fraction or percentage as Moodle and GIFT write it: at most five decimals (33.33333). */
export const round = (n: number) => Number(n.toFixed(5)).toString();

/** What a type's `moodle` writes a question with. */
export interface MoodleWriter {
  /** The opening lines of a `<question>`: its name (the id), text and general feedback. */
  head(type: string, name?: string, stem?: string): string[];
  /** An `<answer>` with its fraction in percent. */
  answer(fraction: number, text: string, feedback?: string, format?: string): string;
  /** The closing line. */
  end: string;
  /** A point's marks in the grader's notes, `（5 分）`. */
  marks(marks: number): string;
}

/** The writer for one question with id `id`, stem `stem` and explanation `explanation`; `marks` words a point's marks (UI strings). */
export function moodleWriter(q: { id: string; stem: string; explanation: string }, marks: (marks: number) => string): MoodleWriter {
  return {
    marks,
    head: (type, name = q.id, stem = q.stem) => [
      `  <question type="${type}">`,
      `    <name><text>${xml(name)}</text></name>`,
      `    <questiontext format="html">${textTag(stem)}</questiontext>`,
      `    <generalfeedback format="html">${textTag(q.explanation)}</generalfeedback>`,
      `    <idnumber>${xml(name)}</idnumber>`,
    ],
    answer: (fraction, text, feedback = '', format = 'html') =>
      `    <answer fraction="${round(fraction)}" format="${format}">${format === 'html' ? textTag(text) : textTag(text, 'plain_text')}<feedback format="html">${feedback ? textTag(feedback) : '<text></text>'}</feedback></answer>`,
    end: '  </question>',
  };
}

/** GIFT escapes its own marks with a backslash. */
export const gift = (text: string) => text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`).replaceAll('\n', '\\n');
/** A GIFT answer weight, `%33.33333%`. */
export const percent = (n: number) => `%${round(n)}%`;

/** What a type's `gift` writes a question with. */
export interface GiftWriter {
  /** `::id::` */
  title: string;
  /** The general feedback (the explanation), `####…`. */
  general: string;
  /** An answer's feedback, ` #…`, or nothing. */
  feedback(text?: string): string;
  /** The question in place of a type GIFT cannot hold: a `//` comment saying why (a message code of src/i18n/content.zh-CN.json). */
  unsupported(code: ContentKey): string;
}

/** The GIFT writer of question `q`; `say` words a message code (src/lib/content-messages.ts). */
export function giftWriter(q: { id: string; explanation: string }, say: (code: ContentKey) => string): GiftWriter {
  return {
    title: `::${gift(q.id)}::`,
    general: `####${gift(q.explanation)}`,
    feedback: (text) => (text ? ` #${gift(text)}` : ''),
    unsupported: (code) => `// ${q.id}: ${say(code)}`,
  };
}

/**
 * Fractions (in percent) of a multiple-choice question's options that score in Moodle as the course
 * does: a right option 100/R, a wrong one −100/R (R right options), the sum of the ticked ones kept
 * between 0 and 100 by Moodle. So (right − wrong) ÷ R, never below 0: the rule of multiple/score.ts.
 */
export function choiceFractions(correct: readonly boolean[], single: boolean): number[] {
  const right = correct.filter(Boolean).length;
  return correct.map((c) => (c ? 100 / right : single ? 0 : -100 / right));
}
