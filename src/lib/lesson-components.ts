import { closest } from './content-messages.ts';

/** The components a lesson may use without an import line, with the attributes each needs. */
export const LESSON_COMPONENTS = {
  Callout: { required: [], optional: ['kind', 'title'] },
  SayInstead: { required: ['dont', 'say'], optional: ['why'] },
  LessonLink: { required: ['to'], optional: [] },
  Term: { required: ['id'], optional: [] },
  Quiz: { required: [], optional: ['lesson', 'ids', 'title'] },
  Question: { required: ['id'], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type LessonComponent = keyof typeof LESSON_COMPONENTS;

/** The kinds of `<Callout kind="…">`. */
export const CALLOUT_KINDS = ['tip', 'note', 'source', 'case', 'warning'] as const;

/** The part of an MDX syntax tree (mdast) this check reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** A problem in a lesson body: the 1-based line and what to do. */
export interface BodyProblem {
  line?: number | undefined;
  message: string;
}

/** HTML elements written in lower case are plain HTML, not components. */
const isComponent = (name: string) => /^[A-Z]/.test(name);

/**
 * Checks the components a lesson uses: each must exist (with "did you mean" for a typo), have its
 * required attributes and known attribute names, and `<Callout kind>` must be a known kind.
 * `diagrams` are the diagram components (no attributes).
 */
export function componentProblems(tree: MdxNode, diagrams: readonly string[]): BodyProblem[] {
  const known = [...Object.keys(LESSON_COMPONENTS), ...diagrams];
  const problems: BodyProblem[] = [];
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isComponent(node.name)) {
      const line = node.position?.start.line;
      const name = node.name;
      const attributes = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name!, a.value] as const);
      if (!known.includes(name)) {
        const guess = closest(name, known);
        problems.push({
          line,
          message: guess
            ? `没有叫 <${name}> 的组件。你是不是想写 \`${guess}\`？（大小写也要一致）`
            : `没有叫 <${name}> 的组件。课程里能用的组件：${known.join('、')}`,
        });
      } else if (name in LESSON_COMPONENTS) {
        const spec = LESSON_COMPONENTS[name as LessonComponent];
        const allowed: readonly string[] = [...spec.required, ...spec.optional];
        for (const attribute of spec.required) {
          if (!attributes.some(([a]) => a === attribute)) problems.push({ line, message: `<${name}> 缺少 ${attribute}="…"` });
        }
        for (const [attribute] of attributes) {
          if (!allowed.includes(attribute)) {
            const guess = closest(attribute, allowed);
            problems.push({ line, message: `<${name}> 没有 ${attribute} 这个属性${guess ? `，你是不是想写 ${guess}？` : allowed.length ? `（可用：${allowed.join('、')}）` : ''}` });
          }
        }
        const kind = attributes.find(([a]) => a === 'kind')?.[1];
        if (name === 'Callout' && typeof kind === 'string' && !(CALLOUT_KINDS as readonly string[]).includes(kind))
          problems.push({ line, message: `<Callout kind="${kind}">：kind 应该是 ${CALLOUT_KINDS.join('、')} 之一` });
      } else if (attributes.length) {
        problems.push({ line, message: `图示 <${name} /> 不需要属性，请删掉 ${attributes.map(([a]) => a).join('、')}` });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

const MDX_HINTS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Expected a closing tag for `<([^>`]+)>`/, (m) => `<${m[1]}> 标签没有结束。请在内容后面加上 </${m[1]}>，或者把它写成自闭合的 <${m[1]} … />`],
  [/Unexpected closing tag `<\/([^>`]+)>`/, (m) => `多了一个结束标签 </${m[1]}>，或者它前面的开始标签没有写对`],
  [/Unexpected end of file in expression|expected a corresponding closing brace/, () => '花括号 { } 没有配对。正文里要写“{”时，请写成 \\{'],
  [/Unexpected character .* before name|Unexpected character .*`<`/, () => '“<” 后面应该是组件名。正文里要写小于号时，请写成 &lt;'],
  [/Unexpected end of file .*attribute|Unexpected end of file in name|Unexpected end of file after/, () => '组件的标签没有写完整，检查“>”或“/>”和引号是否齐全'],
];

/** An MDX syntax error (`3:1: Expected a closing tag …`) in Chinese, with its line. */
export function mdxSyntaxProblem(message: string, lineOffset = 0): BodyProblem {
  const position = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
  const text = message.slice(position?.[0].length ?? 0).replace(/\s*\(mdx[^)]*\)\s*$/, '');
  for (const [pattern, say] of MDX_HINTS) {
    const match = pattern.exec(text);
    if (match) return { line: position ? Number(position[1]) + lineOffset : undefined, message: `MDX 写法有误：${say(match)}（${text}）` };
  }
  return { line: position ? Number(position[1]) + lineOffset : undefined, message: `MDX 写法有误：${text}` };
}
