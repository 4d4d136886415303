import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { componentProblems, mdxSyntaxProblem as mdxProblem, type MdxNode } from '../../src/lib/lesson-components.ts';
import { say } from '../../src/lib/content-messages.ts';

const DIAGRAMS = ['CommunicationModel', 'ComplaintSteps'];
/** Problems as the trainer reads them: the line and the message. */
const problemsOf = (body: string) => componentProblems(mdxToMdast(body) as unknown as MdxNode, DIAGRAMS).map(({ line, code, values }) => ({ line, message: say(code, values) }));
const mdxSyntaxProblem = (message: string) => {
  const { line, code, values } = mdxProblem(message);
  return { line, message: say(code, values) };
};

describe('componentProblems', () => {
  it('accepts the components and diagrams of the authoring guide', () => {
    const body = [
      '<Callout kind="tip" title="小提示">内容</Callout>',
      '<SayInstead dont="这不归我管。" say="我来帮您查。" why="先承担。" />',
      '见 <LessonLink to="complaints/six-steps">六步</LessonLink> 和 <Term id="halo-effect">光环效应</Term>。',
      '<Question id="q1" />',
      '<Quiz ids={["q1", "q2"]} title="小测验" />',
      '<CommunicationModel />',
      '<Quiz lesson />',
      '<details><summary>HTML 元素不是组件</summary>内容</details>',
    ].join('\n\n');
    expect(problemsOf(body)).toEqual([]);
  });

  it('suggests the right name for a misspelt component, with its line', () => {
    expect(problemsOf('第一行\n\n<Sayinstead dont="a" say="b" />\n')).toEqual([{ line: 3, message: '没有叫 <Sayinstead> 的组件。你是不是想写 `SayInstead`？（大小写也要一致）' }]);
  });

  it('lists the usable components for a name that is nothing like them', () => {
    expect(problemsOf('<NoSuchWidget />')[0]?.message).toMatch(/^没有叫 <NoSuchWidget> 的组件。课程里能用的组件：Callout、SayInstead/);
  });

  it('finds an unknown component inside text and inside another component', () => {
    expect(problemsOf('<Callout kind="tip">见 <Trem id="x">词</Trem></Callout>').map((p) => p.message)).toEqual(['没有叫 <Trem> 的组件。你是不是想写 `Term`？（大小写也要一致）']);
  });

  it('names a missing required attribute, an unknown attribute and a wrong Callout kind', () => {
    expect(problemsOf('<SayInstead dont="a" sya="b" />\n\n<Callout kind="info">x</Callout>\n\n<CommunicationModel size="big" />').map((p) => p.message)).toEqual([
      '<SayInstead> 缺少 say="…"',
      '<SayInstead> 没有 sya 这个属性，你是不是想写 say？',
      '<Callout kind="info">：kind 应该是 tip、note、source、case、warning 之一',
      '图示 <CommunicationModel /> 不需要属性，请删掉 size',
    ]);
  });
});

describe('mdxSyntaxProblem', () => {
  it('explains an unclosed component in Chinese, with the line', () => {
    let message = '';
    try {
      mdxToMdast('正文\n\n<Callout kind="tip">没有结束标签\n');
    } catch (error) {
      message = (error as Error).message;
    }
    const problem = mdxSyntaxProblem(message);
    expect(problem.line).toBe(3);
    expect(problem.message).toMatch(/^MDX 写法有误：<Callout> 标签没有结束。请在内容后面加上 <\/Callout>/);
  });

  it('explains an unmatched brace', () => {
    expect(mdxSyntaxProblem('4:2: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)')).toEqual({
      line: 4,
      message: 'MDX 写法有误：花括号 { } 没有配对。正文里要写“{”时，请写成 \\{',
    });
  });
});
