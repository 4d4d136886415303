import { describeIssue, formatPath, placeText, say, type ItemRef, type Problem } from './content-messages.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

export { formatPath };

/** What reading one list file gives: the valid items and one problem each. */
export interface ListFileResult<T> {
  items: T[];
  errors: Problem[];
  /** Ids of items that are in the file but invalid: other files may name them without a follow-on error. */
  invalidIds?: string[];
  /** The line of each valid item, in the order of `items`. */
  itemLines?: number[];
}

/** The kinds of list files: questions and glossary terms. */
export type ListKind = 'question' | 'term';

/**
 * Ids written in a file that is not valid YAML, found line by line (`- id: x` or `id: x`): the file has
 * its own problem, so a lesson naming one of them is not a second one.
 */
export function idsInText(source: string): string[] {
  return [...source.matchAll(/^[ \t]*(?:-[ \t]+)?(?:\{[ \t]*)?id:[ \t]*["']?([^"'\s,}#]+)/gm)].map((m) => m[1]!);
}

/** Parses YAML text that must be a list; an empty file is an empty list. */
export function parseYamlList(file: string, source: string, kind: ListKind): { list: unknown[]; error?: Problem; lineOf?: YamlSource['lineOf'] } {
  const yaml = readYaml(source);
  if (yaml.error) return { list: [], error: { file, line: yaml.error.line, code: yaml.error.code } };
  if (yaml.value == null) return { list: [] };
  if (!Array.isArray(yaml.value)) return { list: [], error: { file, line: 1, code: 'yaml.notList', values: { what: { code: `yaml.what.${kind}` } } } };
  return { list: yaml.value, lineOf: yaml.lineOf };
}

/** How an item is named in messages: its id when it has one, else its position. */
export function itemRef(raw: unknown, index: number, kind: ListKind): ItemRef {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? { kind, id } : { kind, index };
}

/** The problems of one invalid item, from its schema's issues, each with its line. */
export function itemProblems(
  file: string,
  raw: unknown,
  index: number,
  kind: ListKind,
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[],
  lineOf: YamlSource['lineOf'] | undefined,
): Problem[] {
  return issues.map((issue) => {
    const described = describeIssue(issue, raw);
    const unknownKeys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys : undefined;
    return { file, line: lineOf?.([index, ...issue.path], unknownKeys?.[0]), item: itemRef(raw, index, kind), ...described };
  });
}

/** One problem per id used more than once, naming every file (and line) involved. */
export function findDuplicateIds(entries: readonly { file: string; id: string; line?: number | undefined }[]): Problem[] {
  const places = new Map<string, { file: string; line?: number | undefined }[]>();
  for (const { file, id, line } of entries) places.set(id, [...(places.get(id) ?? []), { file, line }]);
  return [...places]
    .filter(([, where]) => where.length > 1)
    .map(([id, where]) => ({
      // Placed at its first occurrence, so it sorts with that file.
      file: where[0]!.file,
      line: where[0]!.line,
      code: 'id.duplicate' as const,
      values: { id, count: where.length, places: where.map(placeText).join(say('where.list')) },
      unplaced: true,
    }));
}
