import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from '../../src/lib/question-bank.ts';
import type { Question } from '../../src/schemas/question.ts';

const FILE = 'content/questions/service-awareness/service-mindset.yaml';
const LESSON = 'service-awareness/service-mindset';
const errorsOf = (yaml: string) => parseQuestionFile(FILE, yaml, LESSON).errors;

const ALL_TYPES = `
- id: q-single
  type: single
  stem: 按定义,客户服务意识是提供哪种服务的欲望和意识?
  options:
    - { text: 热情、周到、主动, correct: true, feedback: 对，定义里就是这三个词。 }
    - { text: 快捷、准确、被动, feedback: 这是“相应式服务”的准则。 }
  explanation: 定义强调服务意识“发自服务人员的内心”。
- id: q-multiple
  type: multiple
  stem: 服务有哪些特征?
  options:
    - { text: 无形性, correct: true }
    - { text: 不可分离性, correct: true }
    - { text: 可储存性, feedback: 恰恰相反，服务不可储存。 }
  explanation: 服务无形、不可分离。
- id: q-truefalse
  type: truefalse
  stem: 赢得与客户争论的唯一途径是避免争论。
  answer: true
  explanation: 争论只会失去客户。
- id: q-order
  type: order
  stem: 把投诉处理的步骤排好顺序。
  items: [倾听, 致歉, 解决]
  explanation: 先听，再道歉，最后解决。
- id: q-categorize
  type: categorize
  stem: 把各项归入正确的类别。
  categories:
    - { id: company, label: 对企业的意义 }
    - { id: staff, label: 对服务人员的意义 }
  items:
    - { text: 树立品牌, category: company }
    - { text: 对工作的热爱与自豪, category: staff }
  explanation: 品牌属于企业。
- id: q-fill
  type: fill
  stem: 优质服务的三要素是态度、___、技巧。
  blanks:
    - [知识]
  explanation: 态度、知识、技巧。
- id: q-dialogue
  type: dialogue
  scene: 客户打来电话,语气很急。
  turns:
    - customer: 我的快递三天了还没到!
      replies:
        - { text: 这不归我管。, feedback: 推卸责任会让客户更生气。 }
        - { text: "很抱歉让您久等了,我马上帮您查一下。", best: true, feedback: 先致歉，再行动。 }
  explanation: 先致歉，再行动。
- id: q-case
  type: case
  case: 一位顾客在蛋糕店投诉蛋糕不新鲜。
  stem: 请分析店员的处理方式。
  keyPoints:
    - { text: 先道歉, keywords: [道歉] }
    - { text: 再补偿 }
  explanation: 先处理情绪，再处理事情。
`;

describe('parseQuestionFile', () => {
  it('parses a valid file of all eight types with no errors', () => {
    const { items, errors } = parseQuestionFile(FILE, ALL_TYPES, LESSON);
    expect(errors).toEqual([]);
    expect(items.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse', 'order', 'categorize', 'fill', 'dialogue', 'case']);
  });

  it('gives every question the lesson id passed as argument', () => {
    const { items } = parseQuestionFile(FILE, ALL_TYPES, 'other-module/other-lesson');
    expect(items.map((q) => q.lesson)).toEqual(Array(8).fill('other-module/other-lesson'));
  });

  it('fills in defaults a trainer may leave out', () => {
    const { items } = parseQuestionFile(FILE, ALL_TYPES, LESSON);
    const dialogue = items.find((q) => q.id === 'q-dialogue');
    expect(dialogue?.stem).toBe('客户这样说，哪种回答更好？');
    expect(items[0]?.tags).toEqual([]);
  });

  it('makes ASCII punctuation in Chinese text full-width', () => {
    const { items } = parseQuestionFile(FILE, ALL_TYPES, LESSON);
    expect(items[0]?.stem).toBe('按定义，客户服务意识是提供哪种服务的欲望和意识？');
  });

  it('returns no questions and no errors for an empty file', () => {
    expect(parseQuestionFile(FILE, '', LESSON)).toEqual({ items: [], errors: [] });
  });

  it('keeps the valid questions of a file that also has an invalid one', () => {
    const { items, errors } = parseQuestionFile(FILE, `${ALL_TYPES}\n- id: q-broken\n  type: truefalse\n  stem: 题干\n  explanation: 解析\n`, LESSON);
    expect(items).toHaveLength(8);
    expect(errors).toHaveLength(1);
  });

  it('rejects invalid YAML', () => {
    expect(errorsOf('- id: q1\n  type: single\n stem: 缩进错了\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: not valid YAML: Sequence item without - indicator at line 3, column 1:",
      ]
    `);
  });

  it('rejects a file that is not a list', () => {
    expect(errorsOf('id: q1\ntype: truefalse\nstem: 题干\nanswer: true\nexplanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: expected a list of questions (each starting with "- id: ...")",
      ]
    `);
  });

  it('rejects a list entry that is not a question', () => {
    expect(errorsOf('- 只是一句话\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question #1: expected fields such as "id:", "type:" and "stem:"",
      ]
    `);
  });

  it('rejects an unknown type', () => {
    expect(errorsOf('- id: q1\n  type: essay\n  stem: 题干\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "type": unknown type "essay" (use one of: single, multiple, truefalse, order, categorize, fill, dialogue, case)",
      ]
    `);
  });

  it('rejects a question without a type', () => {
    expect(errorsOf('- id: q1\n  stem: 题干\n  answer: true\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "type": unknown type undefined (use one of: single, multiple, truefalse, order, categorize, fill, dialogue, case)",
      ]
    `);
  });

  it('rejects an unknown field', () => {
    expect(errorsOf('- id: q1\n  type: truefalse\n  stem: 题干\n  answer: true\n  explanation: 解析\n  hint: 想一想\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": Unrecognized key: "hint"",
      ]
    `);
  });

  it('rejects a missing required field', () => {
    expect(errorsOf('- id: q1\n  type: truefalse\n  stem: 题干\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "answer": Invalid input: expected boolean, received undefined",
      ]
    `);
  });

  it('rejects an id with capital letters or spaces', () => {
    expect(errorsOf('- id: Q 1\n  type: truefalse\n  stem: 题干\n  answer: true\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "Q 1": field "id": use lower-case letters, digits and single hyphens, e.g. "m1-mindset-01"",
      ]
    `);
  });

  const single = (options: string) => `- id: q1\n  type: single\n  stem: 题干\n  options:\n${options}  explanation: 解析\n`;

  it('rejects a single-choice question with zero correct options', () => {
    expect(errorsOf(single('    - { text: 甲 }\n    - { text: 乙 }\n'))).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "options": a single-choice question needs exactly one option with "correct: true", found 0",
      ]
    `);
  });

  it('rejects a single-choice question with two correct options', () => {
    expect(errorsOf(single('    - { text: 甲, correct: true }\n    - { text: 乙, correct: true }\n'))).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "options": a single-choice question needs exactly one option with "correct: true", found 2",
      ]
    `);
  });

  it('rejects a multiple-choice question with no correct option', () => {
    expect(errorsOf('- id: q1\n  type: multiple\n  stem: 题干\n  options:\n    - { text: 甲 }\n    - { text: 乙 }\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "options": a multiple-choice question needs at least one option with "correct: true"",
      ]
    `);
  });

  it('rejects ordering items that repeat', () => {
    expect(errorsOf('- id: q1\n  type: order\n  stem: 题干\n  items: [倾听, 致歉, 倾听]\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "items[2]": ordering item "倾听" appears twice; every item must be different",
      ]
    `);
  });

  it('rejects a categorize item whose category does not exist', () => {
    expect(
      errorsOf(
        '- id: q1\n  type: categorize\n  stem: 题干\n  categories:\n    - { id: company, label: 企业 }\n    - { id: staff, label: 员工 }\n  items:\n    - { text: 树立品牌, category: company }\n    - { text: 自豪, category: staf }\n  explanation: 解析\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "items[1].category": item "自豪" names category "staf", which does not exist (categories: company, staff)",
      ]
    `);
  });

  it('rejects a categorize item with no category', () => {
    expect(
      errorsOf(
        '- id: q1\n  type: categorize\n  stem: 题干\n  categories:\n    - { id: company, label: 企业 }\n    - { id: staff, label: 员工 }\n  items:\n    - { text: 树立品牌, category: company }\n    - { text: 自豪 }\n  explanation: 解析\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "items[1].category": Invalid input: expected string, received undefined",
      ]
    `);
  });

  it('rejects a fill blank with an empty list of accepted answers', () => {
    expect(errorsOf('- id: q1\n  type: fill\n  stem: 三要素是态度、___、技巧。\n  blanks:\n    - []\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "blanks[0]": blank 1 has no accepted answer",
      ]
    `);
  });

  it('rejects a fill stem whose blank count differs from the blanks list', () => {
    expect(errorsOf('- id: q1\n  type: fill\n  stem: 三要素是___、___、技巧。\n  blanks:\n    - [态度]\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "blanks": the stem has 2 blank(s) ("___") but 1 list(s) of accepted answers are given",
      ]
    `);
  });

  it('rejects a fill question with no blank in the stem', () => {
    expect(errorsOf('- id: q1\n  type: fill\n  stem: 三要素是态度、知识、技巧。\n  blanks:\n    - [知识]\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "blanks": the stem has 0 blank(s) ("___") but 1 list(s) of accepted answers are given",
      ]
    `);
  });

  const dialogue = (replies: string) =>
    '- id: q1\n  type: dialogue\n  turns:\n' +
    '    - customer: 你好\n      replies:\n        - { text: 丙, best: true, feedback: 好。 }\n        - { text: 丁, feedback: 差。 }\n' +
    `    - customer: 我的快递还没到\n      replies:\n${replies}  explanation: 解析\n`;

  it('rejects a dialogue turn with no best reply', () => {
    expect(errorsOf(dialogue('        - { text: 甲, feedback: 差。 }\n        - { text: 乙, feedback: 差。 }\n'))).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "turns[1].replies": turn 2 needs exactly one reply with "best: true", found 0",
      ]
    `);
  });

  it('rejects a dialogue turn with two best replies', () => {
    expect(errorsOf(dialogue('        - { text: 甲, best: true, feedback: 好。 }\n        - { text: 乙, best: true, feedback: 好。 }\n'))).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "turns[1].replies": turn 2 needs exactly one reply with "best: true", found 2",
      ]
    `);
  });

  it('hints at quoting when a comma inside { ... } splits Chinese text', () => {
    expect(
      errorsOf('- id: q1\n  type: single\n  stem: 题干\n  options:\n    - { text: 很抱歉,我马上帮您查, correct: true }\n    - { text: 不归我管 }\n  explanation: 解析\n'),
    ).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question "q1": field "options[0]": Unrecognized key: "我马上帮您查" (a comma inside { ... } splits the text: put the whole text in quotes, or use a Chinese comma "，")",
      ]
    `);
  });

  it('names a question without an id by its position', () => {
    expect(errorsOf(`${ALL_TYPES}\n- type: truefalse\n  stem: 题干\n  answer: true\n`)).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml: question #9: field "id": Invalid input: expected string, received undefined",
        "content/questions/service-awareness/service-mindset.yaml: question #9: field "explanation": Invalid input: expected string, received undefined",
      ]
    `);
  });
});

/** Every lesson's questions as read from content/questions/<module>/<lesson>.yaml. */
function readBank(): { lesson: string; questions: Question[] }[] {
  const dir = new URL('../../content/questions/', import.meta.url);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((module) =>
      readdirSync(new URL(`${module.name}/`, dir))
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => {
          const lesson = `${module.name}/${file.replace(/\.yaml$/, '')}`;
          const source = readFileSync(new URL(`${lesson}.yaml`, dir), 'utf8');
          return { lesson, questions: parseQuestionFile(`content/questions/${lesson}.yaml`, source, lesson).items };
        }),
    );
}

describe('the question bank in content/questions', () => {
  const bank = readBank();
  const all = bank.flatMap((file) => file.questions);
  const cases = all.filter((q) => q.type === 'case');
  const share = (n: number) => n / all.length;

  it.each(bank.map((file) => [file.lesson, file.questions.length] as const))('has at least 12 questions in lesson %s', (_lesson, count) => {
    expect(count).toBeGreaterThanOrEqual(12);
  });

  it('has at least 360 questions in all', () => {
    expect(all.length).toBeGreaterThanOrEqual(360);
  });

  it('has at least 60 exam-style case questions tagged 简答 or 案例分析', () => {
    const examStyle = cases.filter((q) => q.tags.includes('简答') || q.tags.includes('案例分析'));
    expect(examStyle.length).toBeGreaterThanOrEqual(60);
  });

  it('keys between 40% and 60% of the true/false statements as true', () => {
    const truefalse = all.filter((q) => q.type === 'truefalse');
    const trueShare = truefalse.filter((q) => q.answer).length / truefalse.length;
    expect(trueShare).toBeGreaterThanOrEqual(0.4);
    expect(trueShare).toBeLessThanOrEqual(0.6);
  });

  it('puts at least a third of all questions at difficulty 2', () => {
    expect(share(all.filter((q) => q.difficulty === 2).length)).toBeGreaterThanOrEqual(1 / 3);
  });

  it('puts at least a tenth of all questions at difficulty 3', () => {
    expect(share(all.filter((q) => q.difficulty === 3).length)).toBeGreaterThanOrEqual(1 / 10);
  });

  it('gives no case question a key-point keyword shorter than two characters', () => {
    const short = cases.flatMap((q) => q.keyPoints.flatMap((point) => point.keywords.filter((word) => [...word].length < 2).map((word) => `${q.id}: ${word}`)));
    expect(short).toEqual([]);
  });

  it('gives every 案例分析 question a case text of at least 40 characters, so it stands alone in the exam', () => {
    const thin = cases.filter((q) => q.tags.includes('案例分析') && [...q.case].length < 40).map((q) => q.id);
    expect(thin).toEqual([]);
  });

  it('never sends an exam question back to "this lesson" or "the previous lesson": each one stands alone', () => {
    const leaning = cases.filter((q) => /本课|上一课|本模块|前面讲过/.test(`${q.case}${q.stem}`)).map((q) => q.id);
    expect(leaning).toEqual([]);
  });
});
