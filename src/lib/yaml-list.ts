import { describeIssue, formatPath, formatProblem, type Issue } from './content-messages.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

export { formatPath };

/** What reading one list file gives: the valid items and one message per problem. */
export interface ListFileResult<T> {
  items: T[];
  errors: string[];
  /** Ids of items that are in the file but invalid: other files may name them without a follow-on error. */
  invalidIds?: string[];
  /** The line of each valid item, by id. */
  lines?: Map<string, number>;
}

/** `字段 options[1].correct（是否正确）：message`, or the bare message for the whole item. */
export function formatIssue(issue: Issue, raw?: unknown): string {
  const { field, message } = describeIssue(issue, raw);
  return field ? `字段 ${field}：${message}` : message;
}

/** Parses YAML text that must be a list; an empty file is an empty list. */
export function parseYamlList(file: string, source: string, what: string): { list: unknown[]; error?: string; lineOf?: YamlSource['lineOf'] } {
  const yaml = readYaml(source);
  if (yaml.error) return { list: [], error: formatProblem({ file, line: yaml.error.line, message: yaml.error.message }) };
  if (yaml.value == null) return { list: [] };
  if (!Array.isArray(yaml.value))
    return { list: [], error: formatProblem({ file, line: 1, message: `这个文件应该是${what}的列表：每一项以“- id: …”开头` }) };
  return { list: yaml.value, lineOf: yaml.lineOf };
}

/** How an item is named in messages: its id when it has one, else its position. */
export function itemLabel(raw: unknown, index: number, what: string): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${what} ${id}` : `第 ${index + 1} 个${what}`;
}

/** Messages for ids used more than once, naming every file (and line) involved. */
export function findDuplicateIds(entries: readonly { file: string; id: string; line?: number | undefined }[]): string[] {
  const places = new Map<string, string[]>();
  for (const { file, id, line } of entries) places.set(id, [...(places.get(id) ?? []), line ? `${file} 第 ${line} 行` : file]);
  return [...places]
    .filter(([, where]) => where.length > 1)
    .map(([id, where]) => `编号 ${id} 用了 ${where.length} 次：${where.join('、')}。编号在整个课程里不能重复，请改掉其中一个（已经发布的不要改）`);
}
