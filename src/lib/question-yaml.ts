/**
 * Writes questions into a question file (content/questions/<module>/<lesson>.yaml) the way the bank's
 * files are written by hand: block maps, short lists of words inline (`[甲, 乙]`), a blank line between
 * questions. Questions that do not change keep their text exactly, comments included.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type YAMLSeq } from 'yaml';
import type { RawQuestion } from '../question-types/definitions.ts';

/** Lists of scalars at most this many characters long are written inline. */
const INLINE_LIST = 40;

/** One question as the text of a list item, `- id: ...` with its lines indented below. */
export function questionYaml(question: RawQuestion): string {
  const doc = new Document([question]);
  visit(doc, {
    Seq(_, node) {
      const scalars = node.items.every(isScalar);
      const length = node.items.reduce<number>((sum, item) => sum + String((item as Scalar).value).length + 2, 0);
      if (scalars && node.items.length > 0 && length <= INLINE_LIST) node.flow = true;
    },
    Pair(_, pair) {
      // "001" must stay a string: source names a seed file.
      if (isScalar(pair.key) && pair.key.value === 'source' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true }).trimEnd();
}

/**
 * The file `source` (null for a new file) with `questions` written in: a question whose id is in the
 * file replaces it in place, unless it is equal to what is there; the others are added at the end.
 * `remove` lists ids to take out (questions moved to another lesson).
 */
export function updateQuestionFile(
  source: string | null,
  questions: readonly RawQuestion[],
  remove: readonly string[] = [],
  equal: (a: unknown, b: unknown) => boolean = sameJson,
): string {
  const text = source ?? '';
  const doc = parseDocument(text);
  const seq = isSeq(doc.contents) ? (doc.contents as YAMLSeq) : null;
  const edits: { start: number; end: number; text: string }[] = [];
  const placed = new Set<string>();
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const item of seq?.items ?? []) {
    if (!isMap(item) || !item.range) continue;
    const id = item.get('id');
    if (typeof id !== 'string') continue;
    // The item's text runs from its "- " to the end of its last line.
    const start = text.lastIndexOf('-', item.range[0]);
    const end = item.range[1];
    if (remove.includes(id) && !byId.has(id)) {
      edits.push({ start, end: skipBlankLines(text, end), text: '' });
      continue;
    }
    const question = byId.get(id);
    if (!question) continue;
    placed.add(id);
    if (equal(item.toJSON(), question)) continue;
    edits.push({ start, end, text: `${questionYaml(question)}\n` });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  const added = questions.filter((q) => !placed.has(q.id)).map(questionYaml);
  if (added.length) {
    out = out.trimEnd();
    out = `${out}${out ? '\n\n' : ''}${added.join('\n\n')}\n`;
  }
  return out.replace(/\n*$/, '\n').replace(/^\n+/, '');
}

function skipBlankLines(text: string, at: number): number {
  const match = /^(?:[ \t]*\n)*/.exec(text.slice(at));
  return at + (match?.[0].length ?? 0);
}

/** Equal as data, whatever the order of keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}
