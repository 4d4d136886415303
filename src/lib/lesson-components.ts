import { closest, say, type Message } from './content-messages.ts';

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
export interface BodyProblem extends Message {
  line?: number | undefined;
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
        problems.push(
          guess ? { line, code: 'component.unknownGuess', values: { name, guess } } : { line, code: 'component.unknown', values: { name, known: known.join(say('where.list')) } },
        );
      } else if (name in LESSON_COMPONENTS) {
        const spec = LESSON_COMPONENTS[name as LessonComponent];
        const allowed: readonly string[] = [...spec.required, ...spec.optional];
        for (const attribute of spec.required) {
          if (!attributes.some(([a]) => a === attribute)) problems.push({ line, code: 'component.missingAttribute', values: { name, attribute } });
        }
        for (const [attribute] of attributes) {
          if (!allowed.includes(attribute)) {
            const guess = closest(attribute, allowed);
            if (guess) problems.push({ line, code: 'component.unknownAttributeGuess', values: { name, attribute, guess } });
            else if (allowed.length) problems.push({ line, code: 'component.unknownAttributeList', values: { name, attribute, allowed: allowed.join(say('where.list')) } });
            else problems.push({ line, code: 'component.unknownAttribute', values: { name, attribute } });
          }
        }
        const kind = attributes.find(([a]) => a === 'kind')?.[1];
        if (name === 'Callout' && typeof kind === 'string' && !(CALLOUT_KINDS as readonly string[]).includes(kind))
          problems.push({ line, code: 'component.calloutKind', values: { kind, kinds: CALLOUT_KINDS.join(say('where.list')) } });
      } else if (attributes.length) {
        problems.push({ line, code: 'component.diagramAttributes', values: { name, attributes: attributes.map(([a]) => a).join(say('where.list')) } });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

const MDX_HINTS: [RegExp, (m: RegExpExecArray) => Message][] = [
  [/Expected a closing tag for `<([^>`]+)>`/, (m) => ({ code: 'mdx.unclosed', values: { name: m[1]! } })],
  [/Unexpected closing tag `<\/([^>`]+)>`/, (m) => ({ code: 'mdx.extraClosing', values: { name: m[1]! } })],
  [/Unexpected end of file in expression|expected a corresponding closing brace/, () => ({ code: 'mdx.brace' })],
  [/Unexpected character .* before name|Unexpected character .*`<`/, () => ({ code: 'mdx.lessThan' })],
  [/Unexpected end of file .*attribute|Unexpected end of file in name|Unexpected end of file after/, () => ({ code: 'mdx.incompleteTag' })],
];

/** An MDX syntax error (`3:1: Expected a closing tag …`) as a problem a trainer can fix, with its line. */
export function mdxSyntaxProblem(message: string, lineOffset = 0): BodyProblem {
  const position = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
  const text = message.slice(position?.[0].length ?? 0).replace(/\s*\(mdx[^)]*\)\s*$/, '');
  const line = position ? Number(position[1]) + lineOffset : undefined;
  for (const [pattern, hint] of MDX_HINTS) {
    const match = pattern.exec(text);
    if (match) {
      // The parser's own words (English) are left out where the hint says it in Chinese.
      return { line, ...hint(match) };
    }
  }
  return { line, code: 'mdx.other', values: { text } };
}
