/**
 * The question bank in the formats an LMS imports into its question bank: Moodle XML (every type)
 * and GIFT (the types GIFT can express). Pure text; scripts/export-questions.ts writes the files.
 * What each question becomes is its type's own; this file writes the categories around them.
 */
import { say } from './content-messages.ts';
import { t } from './i18n.ts';
import { definitionOf, type Question } from '../question-types/definitions.ts';
import { giftWriter, moodleWriter, xml } from '../question-types/lms-shared.ts';

/** A question with where it sits in the course, for the LMS's categories. */
export interface LmsQuestion {
  question: Question;
  module: string;
  lesson: string;
}

// Each type writes itself (`moodle` and `gift` in src/question-types/<type>/definition.ts).
const moodleQuestion = ({ question: q }: LmsQuestion): string[] =>
  definitionOf(q).moodle(
    q,
    moodleWriter(q, (marks) => t('quiz.marks', { marks })),
  );
const giftQuestion = ({ question: q }: LmsQuestion): string =>
  definitionOf(q).gift(
    q,
    giftWriter(q, (code) => say(code)),
  );

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
