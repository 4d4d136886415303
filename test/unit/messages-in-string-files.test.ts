import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { definitions } from '../../src/question-types/definitions.ts';
import { QUESTION_TYPES } from '../../src/question-types/shared.ts';
import { SHEET_HEADERS } from '../../src/question-types/sheet-shared.ts';

/**
 * What a trainer reads (a workbook row's problem, a schema's message, an export's comment) is a code of
 * src/i18n/content.zh-CN.json, worded once by src/lib/content-messages.ts. So the modules that check
 * sheets and schemas write no Chinese text of their own: only the workbook's format, listed here.
 */
const FORMAT_DATA = new Set<string>([
  // The sheet's headers, and the prefix of 选项A…选项F.
  ...SHEET_HEADERS,
  '选项',
  // 题型 as written in the sheet.
  ...QUESTION_TYPES.flatMap((type) => definitions[type].sheet.names),
  // An option's feedback after its text, a point's keywords after its text.
  '\n反馈：',
  '【关键词：',
  // The words of a true/false answer (truefalse/words.ts), in a question file and in the sheet.
  '对',
  '错',
  '正确',
  '错误',
  '是',
  '否',
  // 难度 in words, the workbook's sheet and file names.
  '易',
  '中',
  '难',
  '题库',
  '题库.xlsx',
  '题库模板.xlsx',
  // A pattern the content policy looks for in a glossary definition, not a message.
  '本课程的归纳',
]);

const root = new URL('../../', import.meta.url);
const tsFiles = (folder: string) =>
  (readdirSync(new URL(folder, root), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !/(^|\/)[\w-]*e2e[\w-]*\.ts$/.test(f)).map((f) => `${folder}${f}`);

/** The modules that check sheets, schemas and content, and read and write the workbook and the exports. (The e2e helpers type Chinese answers into pages: test data.) */
const CHECKED = [
  ...tsFiles('src/question-types/'),
  ...tsFiles('src/schemas/'),
  ...[
    'question-sheet',
    'question-bank',
    'question-lms',
    'question-summary',
    'content-messages',
    'content-error-page',
    'content-policy',
    'course-validation',
    'lesson-components',
    'yaml-list',
    'yaml-source',
    'glossary',
    'exam',
  ].map((name) => `src/lib/${name}.ts`),
  // The workbook's import and export, which word the problems at their edge.
  ...['import-questions', 'export-questions', 'lib/question-transfer', 'lib/workbook', 'lib/question-files'].map((name) => `scripts/${name}.ts`),
];

/** Every string or template part with Chinese characters in `code`, outside comments and regular expressions, with its line. */
function chineseLiterals(file: string, code: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (/\p{Script=Han}/u.test(node.text)) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const messagesIn = (file: string, code: string) =>
  chineseLiterals(file, code)
    .filter(({ text }) => !FORMAT_DATA.has(text))
    .map(({ line, text }) => `${file}:${line} ${JSON.stringify(text)}`);

describe('the sheet and schema modules', () => {
  it('find a message written in code, and pass the format data, comments and patterns', () => {
    const code = [
      '// 这一行是注释：题干',
      'const FEEDBACK = /反馈[：:]/;',
      "problem('答案', '没有填写');",
      "issue(`第 ${i} 个空没有写答案`, ['blanks', i]);",
      "const row = { 题干: q.stem, 答案: '对' };",
    ].join('\n');
    expect(messagesIn('x.ts', code)).toEqual(['x.ts:3 "没有填写"', 'x.ts:4 "第 "', 'x.ts:4 " 个空没有写答案"']);
  });

  it('are all checked: the list names files that exist', () => {
    expect(CHECKED).toContain('src/question-types/sheet-choice.ts');
    expect(CHECKED).toContain('src/question-types/fill/definition.ts');
    expect(CHECKED).toContain('src/schemas/exam.ts');
    for (const file of CHECKED) expect(() => readFileSync(new URL(file, root))).not.toThrow();
  });

  it('write no Chinese message of their own: each is a code of src/i18n/content.zh-CN.json (or a UI string of zh-CN.json)', () => {
    const found = CHECKED.flatMap((file) => messagesIn(file, readFileSync(new URL(file, root), 'utf8')));
    expect(found).toEqual([]);
  });
});
