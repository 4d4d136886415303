import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';

/** YAML text read once: its value, and where each part of it is in the file. */
export interface YamlSource {
  /** The parsed value (`undefined` when the text is not valid YAML). */
  value: unknown;
  /** Why the text is not valid YAML, in Chinese, with the line. */
  error?: { line?: number | undefined; message: string };
  /**
   * The line of the value at `path`, or of the nearest enclosing value that exists (so a missing field
   * points at its item). With `key`, the line of that key inside the map at `path`.
   */
  lineOf(path: readonly PropertyKey[], key?: string): number | undefined;
}

const YAML_HINTS: [RegExp, string][] = [
  [/Flow (map|sequence).*end with a [}\]]|Expected flow (map|sequence) to end|Missing closing/i, '括号 { } 或 [ ] 没有配对：检查是否少写了“}”或“]”'],
  [/Sequence item without - indicator/i, '列表的每一项要以“- ”开头，并和同一层的其他项对齐'],
  [/indent/i, '缩进不对：同一层的行要对齐，用空格，不要用 Tab'],
  [/Implicit map keys need to be followed by map values|Nested mappings are not allowed|mapping values are not allowed/i, '冒号的用法不对：“名称: 内容”的冒号后要有一个空格；文字里有英文冒号时，把整段文字放进引号'],
  [/tab/i, '不能用 Tab 缩进，请改用空格'],
  [/Map keys must be unique|duplicate key/i, '同一个字段写了两次，请删掉一个'],
  [/quote|Missing closing "?quote/i, '引号没有配对：检查是否少写了一个引号'],
];

/** A YAML parser message in plain Chinese. */
export function yamlErrorMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(first))?.[1];
  return hint ? `YAML 写法有误。${hint}（${first}）` : `YAML 写法有误（${first}）`;
}

/**
 * Parses YAML with line numbers. `firstLine` is the file line the text starts on (2 for frontmatter
 * after its opening `---`).
 */
export function readYaml(source: string, firstLine = 1): YamlSource {
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
  if (problem) return { value: undefined, error: { line: problem.linePos?.[0].line ? problem.linePos[0].line + firstLine - 1 : undefined, message: yamlErrorMessage(problem.message) }, lineOf };
  return { value: doc.toJS(), lineOf };
}
