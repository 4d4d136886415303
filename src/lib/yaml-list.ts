import { parse, YAMLParseError } from 'yaml';

/** What reading one list file gives: the valid items and one message per problem. */
export interface ListFileResult<T> {
  items: T[];
  errors: string[];
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/** `options[1].correct` from `['options', 1, 'correct']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** `field "options[1].correct": message`, or the bare message for the whole item. */
export function formatIssue(issue: Issue): string {
  const where = formatPath(issue.path);
  let message = issue.message;
  // A "key" that is really text means a comma split a value written inside { ... }.
  if (issue.code === 'unrecognized_keys' && issue.keys?.some((key) => /[^\x00-\x7f]/.test(key))) {
    message += ' (a comma inside { ... } splits the text: put the whole text in quotes, or use a Chinese comma "，")';
  }
  return where ? `field "${where}": ${message}` : message;
}

/** Parses YAML text that must be a list; an empty file is an empty list. */
export function parseYamlList(file: string, source: string, what: string): { list: unknown[]; error?: string } {
  let doc: unknown;
  try {
    doc = parse(source);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    return { list: [], error: `${file}: not valid YAML: ${detail}` };
  }
  if (doc == null) return { list: [] };
  if (!Array.isArray(doc)) return { list: [], error: `${file}: expected a list of ${what} (each starting with "- id: ...")` };
  return { list: doc };
}

/** How an item is named in messages: its id when it has one, else its position. */
export function itemLabel(raw: unknown, index: number, what: string): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${what} "${id}"` : `${what} #${index + 1}`;
}

/** Messages for ids used more than once, naming every file involved. */
export function findDuplicateIds(entries: readonly { file: string; id: string }[]): string[] {
  const files = new Map<string, string[]>();
  for (const { file, id } of entries) files.set(id, [...(files.get(id) ?? []), file]);
  return [...files].filter(([, where]) => where.length > 1).map(([id, where]) => `duplicate id "${id}" in ${where.join(' and ')}`);
}
