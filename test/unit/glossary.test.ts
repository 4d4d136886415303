import { describe, expect, it } from 'vitest';
import { parseGlossaryFile } from '../../src/lib/glossary.ts';
import { formatProblem } from '../../src/lib/content-messages.ts';

const FILE = 'content/glossary/communication.yaml';
const errorsOf = (yaml: string) => parseGlossaryFile(FILE, yaml).errors.map(formatProblem);

describe('parseGlossaryFile', () => {
  it('parses a valid file, with full-width punctuation and default lessons', () => {
    const { items, errors } = parseGlossaryFile(
      FILE,
      '- id: halo-effect\n  term: 光环效应\n  definition: 因为对一个人某一方面的印象,而影响对他整体判断的倾向。\n  lessons: [communication/communication-barriers]\n- id: empathy\n  term: 同理心\n  definition: 站在对方的角度感受。\n',
    );
    expect(errors).toEqual([]);
    expect(items).toEqual([
      { id: 'halo-effect', term: '光环效应', definition: '因为对一个人某一方面的印象，而影响对他整体判断的倾向。', lessons: ['communication/communication-barriers'] },
      { id: 'empathy', term: '同理心', definition: '站在对方的角度感受。', lessons: [] },
    ]);
  });

  it('keeps a trainer note on the sources apart from the definition', () => {
    const { items, errors } = parseGlossaryFile(FILE, '- id: encoding\n  term: 编码过程\n  definition: 发送者把意思组织成话语。\n  note: 资料只给出名称,释义是本课程的归纳。\n');
    expect(errors).toEqual([]);
    expect(items[0]).toMatchObject({ definition: '发送者把意思组织成话语。', note: '资料只给出名称，释义是本课程的归纳。' });
  });

  it('rejects an empty note', () => {
    expect(errorsOf('- id: encoding\n  term: 编码过程\n  definition: 定义。\n  note: ""\n').join('\n')).toContain('字段 note（资料说明）');
  });

  it('rejects a file that is not a list', () => {
    expect(errorsOf('id: halo-effect\nterm: 光环效应\n')).toMatchInlineSnapshot(`
      [
        "content/glossary/communication.yaml 第 1 行：这个文件应该是术语的列表：每一项以“- id: …”开头",
      ]
    `);
  });

  it('rejects a term id that is not lower-case with hyphens', () => {
    expect(errorsOf('- id: Halo_Effect\n  term: 光环效应\n  definition: 定义。\n')).toMatchInlineSnapshot(`
      [
        "content/glossary/communication.yaml 第 1 行：术语 Halo_Effect，字段 id（编号）：编号只能用小写英文字母、数字和单个连字符“-”，例如 halo-effect",
      ]
    `);
  });

  it('rejects a term without a definition', () => {
    expect(errorsOf('- id: halo-effect\n  term: 光环效应\n')).toMatchInlineSnapshot(`
      [
        "content/glossary/communication.yaml 第 1 行：术语 halo-effect，字段 definition（释义）：缺少这一项。请加上一行“definition: …”",
      ]
    `);
  });

  it('hints at quoting when a comma inside { ... } splits Chinese text', () => {
    expect(errorsOf('- { id: halo-effect, term: 光环效应, definition: 因为一个方面的印象,而影响整体判断。 }\n')).toMatchInlineSnapshot(`
      [
        "content/glossary/communication.yaml 第 1 行：术语 halo-effect：{ … } 里的英文逗号“,”把文字断开了（多出来的“而影响整体判断。”）。请把整段文字放进引号，或改用中文逗号“，”",
      ]
    `);
  });
});
