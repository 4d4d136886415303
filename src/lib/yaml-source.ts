import type { ContentKey } from './content-messages.ts';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';

/** YAML text read once: its value, and where each part of it is in the file. */
export interface YamlSource {
  /** The parsed value (`undefined` when the text is not valid YAML). */
  value: unknown;
  /** Why the text is not valid YAML, with the line: the first mistake only, since what follows it is noise. */
  error?: { line?: number | undefined; code: YamlProblemCode };
  /**
   * The line of the value at `path`, or of the nearest enclosing value that exists (so a missing field
   * points at its item). With `key`, the line of that key inside the map at `path`.
   */
  lineOf: (path: readonly PropertyKey[], key?: string) => number | undefined;
}

/** The content-problem codes of YAML mistakes. */
type YamlProblemCode = Extract<ContentKey, `yaml.${'unpaired' | 'sequenceItem' | 'indent' | 'colon' | 'tab' | 'duplicateKey' | 'quote' | 'other'}`>;

/** The YAML library's error code (and, for MISSING_CHAR, which character) as a mistake a trainer can fix. */
export function yamlProblemCode(error: { code: string; message: string }): YamlProblemCode {
  switch (error.code) {
    case 'BAD_INDENT':
      return /flow (map|sequence)/i.test(error.message) ? 'yaml.unpaired' : 'yaml.indent';
    case 'TAB_AS_INDENT':
      return 'yaml.tab';
    case 'DUPLICATE_KEY':
      return 'yaml.duplicateKey';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'yaml.colon';
    case 'MISSING_CHAR':
      // The library names the missing character: a "-" of a list item, a closing bracket, a quote.
      if (/without - indicator/.test(error.message)) return 'yaml.sequenceItem';
      if (/quote/i.test(error.message)) return 'yaml.quote';
      return 'yaml.unpaired';
    case 'BAD_DQ_ESCAPE':
      return 'yaml.quote';
    default:
      return /flow (map|sequence)|[}\]]/i.test(error.message) ? 'yaml.unpaired' : /quote/i.test(error.message) ? 'yaml.quote' : 'yaml.other';
  }
}

/**
 * Parses YAML with line numbers. `firstLine` is the file line the text starts on (2 for frontmatter
 * after its opening `---`).
 *
 * Most files are valid and most lines are never asked for, so the value comes from js-yaml, about ten
 * times faster; the `yaml` library, which knows where every node is and explains mistakes, reads the
 * text only for a mistake or a line other than a list item's. Both read YAML 1.2's core schema
 * (test/unit/yaml-source.test.ts checks they agree on every content file).
 */
export function readYaml(source: string, firstLine = 1): YamlSource {
  let value: unknown;
  try {
    value = load(source, { schema: CORE_SCHEMA });
  } catch {
    return readYamlWithNodes(source, firstLine);
  }
  let withNodes: YamlSource | undefined;
  const itemLines = Array.isArray(value) ? listItemLines(source, value.length, firstLine) : undefined;
  const lineOf = (path: readonly PropertyKey[], key?: string): number | undefined => {
    if (itemLines && path.length === 1 && typeof path[0] === 'number' && key === undefined) return itemLines[path[0]];
    if (path.length === 0 && key !== undefined) {
      const line = topKeyLine(source, key);
      if (line !== undefined) return line + firstLine - 1;
    }
    return (withNodes ??= readYamlWithNodes(source, firstLine)).lineOf(path, key);
  };
  return { value, lineOf };
}

/**
 * The line of each item of a list written as a block at the left margin (`- id: …`), when the count
 * matches the parsed list; otherwise undefined (a flow list, an item split oddly), and lines come from the nodes.
 */
function listItemLines(source: string, count: number, firstLine: number): number[] | undefined {
  const lines: number[] = [];
  source.split(/\r?\n/).forEach((text, i) => /^-(?:[ \t]|$)/.test(text) && lines.push(i + firstLine));
  return lines.length === count ? lines : undefined;
}

/** The 1-based line of `key:` written at the left margin (a field of a map at the top), if it is written so once. */
function topKeyLine(source: string, key: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const found = lines.flatMap((text, i) => (text.startsWith(key) && /^\s*:(?:\s|$)/.test(text.slice(key.length)) ? [i + 1] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** Parses YAML with the `yaml` library: every node with its place in the text, and the first mistake explained. */
export function readYamlWithNodes(source: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[], key?: string): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      if (!node || typeof node !== 'object' || !('range' in node) || !node.range) continue;
      if (key !== undefined && n === path.length && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
        const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
        if (keyNode?.range) return lineAt(keyNode.range[0]);
      }
      return lineAt(node.range[0]);
    }
    return undefined;
  };
  const problem = doc.errors[0];
  const at = problem && overIndented(source, problem);
  if (at) return { value: undefined, error: { line: at + firstLine - 1, code: 'yaml.indent' }, lineOf };
  if (problem)
    return {
      value: undefined,
      error: {
        line: problem.linePos?.[0].line ? problem.linePos[0].line + firstLine - 1 : undefined,
        code: startsWithTab(source, problem.linePos?.[0].line) ? 'yaml.tab' : yamlProblemCode(problem),
      },
      lineOf,
    };
  return { value: doc.toJS(), lineOf };
}

/** Whether line `line` (1-based) of `source`, or the line before it, is indented with a tab. */
function startsWithTab(source: string, line: number | undefined): boolean {
  if (!line) return false;
  const lines = source.split(/\r?\n/);
  return [lines[line - 1], lines[line - 2]].some((text) => /^[ ]*\t/.test(text ?? ''));
}

const indentOf = (line: string) => /^[ ]*/.exec(line)![0].length;

/**
 * A line indented further than the field above it (`stem: 甲` then `   explanation: 乙`) reads to the
 * parser as more of the text above, and it reports the line above. The line to fix is the next one.
 */
function overIndented(source: string, error: { code: string; linePos?: [{ line: number }, ...unknown[]] | undefined }): number | undefined {
  const line = error.linePos?.[0].line;
  if (!line || (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY')) return undefined;
  const lines = source.split(/\r?\n/);
  const here = lines[line - 1] ?? '';
  const next = lines[line] ?? '';
  const field = /^[ ]*(?:-[ ]+)?[^\s:#]+:[ ]+\S/.test(here);
  return field && /^[ ]*[^\s:#-][^\s:#]*:(?:\s|$)/.test(next) && indentOf(next) > indentOf(here.replace(/^([ ]*)-[ ]+/, (_m, s: string) => `${s}  `)) ? line + 1 : undefined;
}
