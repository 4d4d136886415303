/**
 * What a trainer reads when content is wrong. Every check returns problems as data (file, line, item,
 * field, a message code and its values); this module turns them into Chinese, once, from the strings in
 * src/i18n/content.zh-CN.json. Used by `npm run check:content`, the build and `npm run dev` alike.
 */
import strings from '../i18n/content.zh-CN.json' with { type: 'json' };
import type { ContentKey, Message, MessageValue, MessageValues } from '../i18n/content-keys.ts';
import { fill } from './template.ts';

export type { ContentKey, Message, MessageValue } from '../i18n/content-keys.ts';

/** The item inside a list file: a question or glossary term by id (or by position when it has none), an exam paper. */
export interface ItemRef {
  kind: 'question' | 'term' | 'paper';
  id?: string | undefined;
  /** 0-based position in the file, when there is no id. */
  index?: number | undefined;
}

/** A place in the content: a file and, where known, a line. */
interface Place {
  /** The file, as the trainer would open it, e.g. `content/lessons/basics/first.mdx`. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
}

/** One problem in the content. */
export interface Problem extends Place, Message {
  /** Further files the same problem is in (two lessons with one order number). */
  also?: readonly Place[] | undefined;
  item?: ItemRef | undefined;
  /** The field, as a path (`['options', 1, 'correct']`), or a name already written out. */
  field?: readonly PropertyKey[] | undefined;
  /** The message names its places itself (an id used in several files): no place in front of it. */
  unplaced?: boolean | undefined;
  /** A warning is reported but does not stop the build; an error (the default) does. */
  severity?: 'error' | 'warning' | undefined;
}

/** The Chinese text of a message code, with its values filled in. */
export function say(code: ContentKey, values: MessageValues = {}): string {
  const template = strings[code];
  const text = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'object' ? say(v.code, v.values) : v]));
  return fill(template, text);
}

/** `content/x.yaml 第 3 行`, or the file alone. */
export const placeText = ({ file, line }: Place): string => (line ? say('where.line', { file, line }) : say('where.file', { file }));

function itemText(item: ItemRef): string {
  if (item.kind === 'paper') return say('item.paper', { id: item.id ?? '' });
  if (item.id !== undefined) return say(item.kind === 'question' ? 'item.question' : 'item.term', { id: item.id });
  return say(item.kind === 'question' ? 'item.questionAt' : 'item.termAt', { n: (item.index ?? 0) + 1 });
}

/** `content/x.yaml 第 3 行：题目 q1，字段 stem（题干）：……` */
export function formatProblem(problem: Problem): string {
  const where = [problem, ...(problem.also ?? [])].map(placeText).join(say('where.and'));
  const what = [problem.item && itemText(problem.item), problem.field && say('field', { field: fieldName(problem.field) })].filter(Boolean).join('，');
  const message = `${what ? `${what}：` : ''}${say(problem.code, problem.values)}`;
  return problem.unplaced ? message : `${where}：${message}`;
}

/** The problem without its place: `字段 stem（题干）：……`, for messages shown beside the item itself. */
export function formatIssueText(problem: Pick<Problem, 'field' | 'code' | 'values'>): string {
  const message = say(problem.code, problem.values);
  return problem.field ? `${say('field', { field: fieldName(problem.field) })}：${message}` : message;
}

/** A problem in a row of the 题库 workbook: Excel's row number and, where known, the column's header. */
export interface SheetProblem extends Message {
  row: number;
  column?: string | undefined;
}

/** `第 12 行，答案：……`, or `第 1 行：……` for the row as a whole. */
export function formatSheetProblem(problem: SheetProblem): string {
  const where = problem.column ? say('sheet.where', { row: problem.row, column: problem.column }) : say('sheet.whereRow', { row: problem.row });
  return `${where}${say(problem.code, problem.values)}`;
}

/** Each problem once, grouped by file in line order, so a trainer can work down each file once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((p, i) => ({ p, i }))
    .sort(({ p: a, i: ai }, { p: b, i: bi }) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) || ai - bi : a.file < b.file ? -1 : 1))
    .map(({ p }) => p);
}

/** `options[1].correct` from `['options', 1, 'correct']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** `title（标题）`: the field's last key with its Chinese name, when it has one. */
function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((key) => typeof key === 'string');
  const key = `fieldName.${String(last)}`;
  const name = typeof last === 'string' && key in strings ? say(key as ContentKey) : undefined;
  return name ? `${formatPath(path)}（${name}）` : formatPath(path);
}

/** The shape of a zod (v4) issue, as far as messages need it. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
  discriminator?: string;
  /** A custom issue's data: its message code and values (src/i18n/content-keys.ts `codedIssue`). */
  params?: { code?: unknown; values?: MessageValues | undefined } | undefined;
}

const TYPE_NAMES = ['string', 'number', 'int', 'boolean', 'array', 'object', 'literal'] as const;

/** What the raw input holds at `path`, to tell a missing field from a wrong one. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const shown = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));

/**
 * A zod issue as a problem a trainer can fix: the field, and a message code with its values. A schema
 * names its own messages by code (as the message, or with values in `params`: content-keys.ts `codedIssue`);
 * zod's own issues are worded here from what they say as data (code, expected, minimum…).
 */
export function describeIssue(issue: Issue, raw?: unknown): { field?: readonly PropertyKey[]; code: ContentKey; values?: Record<string, MessageValue> } {
  const path = issue.path;
  const field = path.length ? path : undefined;
  const value = valueAt(raw, path);
  const key = String([...path].reverse().find((k) => typeof k === 'string') ?? '');
  // A schema may name its message by a key of the content strings, with its values; that says it best.
  const coded = issue.params?.code;
  if (typeof coded === 'string' && coded in strings) return { field, code: coded as ContentKey, ...(issue.params?.values ? { values: { ...issue.params.values } } : {}) };
  if (issue.message in strings) return { field, code: issue.message as ContentKey };
  const now: MessageValue = raw === undefined ? '' : { code: 'schema.now', values: { value: shown(value) } };
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined && (raw !== undefined || /received undefined/.test(issue.message))) return { field, code: 'schema.missing', values: { key } };
      const known = (TYPE_NAMES as readonly string[]).includes(issue.expected ?? '');
      const expected: MessageValue = known ? { code: `schema.type.${issue.expected as (typeof TYPE_NAMES)[number]}` } : (issue.expected ?? { code: 'schema.type.other' });
      if (raw === undefined) return { field, code: 'schema.wrongType', values: { expected } };
      if (issue.expected === 'boolean' && key === 'answer') return { field, code: 'schema.trueFalseAnswer', values: { value: shown(value) } };
      const example: MessageValue = issue.expected === 'array' && typeof value === 'string' && /[,，、]/.test(value) ? { code: 'schema.exampleList' } : '';
      return { field, code: 'schema.wrongTypeNow', values: { expected, value: shown(value), example } };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      // A "key" that is really text means a comma split a value written inside { ... }.
      if (keys.some((k) => /\P{ASCII}/u.test(k))) return { field, code: 'schema.splitByComma', values: { keys: keys.join('”“') } };
      return { field, code: 'schema.unknownKeys', values: { keys: keys.join('、') } };
    }
    case 'too_small': {
      const min = Number(issue.minimum ?? 0);
      if (issue.origin === 'string') return { field, code: 'schema.empty' };
      if (issue.origin === 'array') return { field, code: 'schema.tooFew', values: { min } };
      if (issue.origin === 'number') return { field, code: issue.inclusive === false ? 'schema.aboveNumber' : 'schema.atLeastNumber', values: { min, now } };
      return { field, code: 'schema.tooSmall', values: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum ?? 0);
      if (issue.origin === 'array') return { field, code: 'schema.tooMany', values: { max } };
      if (issue.origin === 'string') return { field, code: 'schema.tooLong', values: { max } };
      return { field, code: 'schema.atMostNumber', values: { max, now } };
    }
    case 'invalid_value':
      return { field, code: 'schema.oneOf', values: { values: (issue.values ?? []).map((v) => JSON.stringify(v)).join('、'), now } };
    case 'invalid_union':
      return { field, code: key === 'difficulty' ? 'schema.difficulty' : 'schema.invalid', values: { now } };
    case 'invalid_format':
      return { field, code: 'schema.format', values: { now } };
    default:
      return { field, code: 'schema.message', values: { text: issue.message } };
  }
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The known name closest to `name` (case-insensitive first), if it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const same = known.find((k) => k.toLowerCase() === lower);
  if (same) return same;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
