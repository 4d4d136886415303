/**
 * The course structure of a cmi5 package (cmi5.xml, cmi5 Quartz section 13): the course and its
 * assignable units (AUs), each with the page an LMS launches and what "done" means for it.
 */

/** What an AU needs to be satisfied: cmi5's moveOn values. */
type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

interface AuInput {
  /** The AU's publisher id: a fully qualified IRI that never changes once published. */
  id: string;
  title: string;
  description: string;
  /** The launch page, relative to the package root (no query: the LMS adds the launch parameters). */
  url: string;
  moveOn: MoveOn;
  /** Between 0 and 1: the scaled score that passes the AU. */
  masteryScore?: number;
}

export interface StructureInput {
  /** The course's publisher id (an IRI). */
  id: string;
  title: string;
  description: string;
  /** The language of titles and descriptions, e.g. zh-CN. */
  lang: string;
  aus: readonly AuInput[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;

const lang = (tag: string, text: string, code: string, indent: string) => `${indent}<${tag}><langstring lang="${code}">${escape(text)}</langstring></${tag}>`;

/** cmi5.xml for `input`: one course and its AUs, in the order given. Throws on an id that is not an IRI or a mastery score out of range. */
export function cmi5Xml(input: StructureInput): string {
  const ids = new Set<string>();
  for (const id of [input.id, ...input.aus.map((au) => au.id)]) {
    if (!IRI.test(id)) throw new Error(`cmi5: "${id}" is not a fully qualified IRI`);
    if (ids.has(id)) throw new Error(`cmi5: the id "${id}" is used twice`);
    ids.add(id);
  }
  const aus = input.aus.map((au) => {
    if (au.masteryScore !== undefined && !(au.masteryScore >= 0 && au.masteryScore <= 1)) throw new Error(`cmi5: the mastery score of ${au.id} must be between 0 and 1`);
    if (/[?#]|^\/|^[a-z]+:/i.test(au.url)) throw new Error(`cmi5: the url of ${au.id} must be a relative path without query`);
    const mastery = au.masteryScore === undefined ? '' : ` masteryScore="${au.masteryScore}"`;
    return [
      `  <au id="${escape(au.id)}" moveOn="${au.moveOn}"${mastery} launchMethod="AnyWindow">`,
      lang('title', au.title, input.lang, '    '),
      lang('description', au.description, input.lang, '    '),
      `    <url>${escape(au.url)}</url>`,
      '  </au>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escape(input.id)}">
${lang('title', input.title, input.lang, '    ')}
${lang('description', input.description, input.lang, '    ')}
  </course>
${aus.join('\n')}
</courseStructure>
`;
}
