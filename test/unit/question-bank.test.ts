import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from '../../src/lib/question-bank.ts';
import { formatProblem } from '../../src/lib/content-messages.ts';
import { QUESTION_TYPES } from '../../src/question-types/shared.ts';

const FILE = 'content/questions/service-awareness/service-mindset.yaml';
const LESSON = 'service-awareness/service-mindset';
const errorsOf = (yaml: string) => parseQuestionFile(FILE, yaml, LESSON).errors.map(formatProblem);

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
- id: q-short
  type: short
  stem: 简述投诉处理的头两步。
  keyPoints:
    - { text: 先道歉, marks: 2 }
    - { text: 再了解情况, marks: 3 }
  explanation: 先处理情绪，再处理事情。
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
  it('parses a valid file of every type with no errors', () => {
    const { items, errors } = parseQuestionFile(FILE, ALL_TYPES, LESSON);
    expect(errors).toEqual([]);
    expect(items.map((q) => q.type)).toEqual([...QUESTION_TYPES]);
  });

  it('gives every question the lesson id passed as argument', () => {
    const { items } = parseQuestionFile(FILE, ALL_TYPES, 'other-module/other-lesson');
    expect(items.map((q) => q.lesson)).toEqual(Array(QUESTION_TYPES.length).fill('other-module/other-lesson'));
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
    expect(parseQuestionFile(FILE, '', LESSON)).toMatchObject({ items: [], errors: [] });
  });

  it('keeps the valid questions of a file that also has an invalid one', () => {
    const { items, errors } = parseQuestionFile(FILE, `${ALL_TYPES}\n- id: q-broken\n  type: truefalse\n  stem: 题干\n  explanation: 解析\n`, LESSON);
    expect(items).toHaveLength(QUESTION_TYPES.length);
    expect(errors).toHaveLength(1);
  });

  it('rejects invalid YAML', () => {
    expect(errorsOf('- id: q1\n  type: single\n stem: 缩进错了\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 3 行：YAML 写法有误。缩进不对：同一项的每个字段要和它第一行“- ”后面的文字对齐；新的一项以“- ”开头",
      ]
    `);
  });

  it('rejects a file that is not a list', () => {
    expect(errorsOf('id: q1\ntype: truefalse\nstem: 题干\nanswer: true\nexplanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 1 行：这个文件应该是题目的列表：每一项以“- id: …”开头",
      ]
    `);
  });

  it('rejects a list entry that is not a question', () => {
    expect(errorsOf('- 只是一句话\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 1 行：第 1 个题目：这一项应该是一道题，由“id:”“type:”“stem:”等字段组成",
      ]
    `);
  });

  it('rejects an unknown type', () => {
    expect(errorsOf('- id: q1\n  type: essay\n  stem: 题干\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 2 行：题目 q1，字段 type（题型）：没有“essay”这种题型，请写 single、multiple、truefalse、order、categorize、fill、dialogue、short、case 之一",
      ]
    `);
  });

  it('rejects a question without a type', () => {
    expect(errorsOf('- id: q1\n  stem: 题干\n  answer: true\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 1 行：题目 q1，字段 type（题型）：缺少题型。请加上一行“type: …”，题型是 single、multiple、truefalse、order、categorize、fill、dialogue、short、case 之一",
      ]
    `);
  });

  it('rejects an unknown field', () => {
    expect(errorsOf('- id: q1\n  type: truefalse\n  stem: 题干\n  answer: true\n  explanation: 解析\n  hint: 想一想\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 6 行：题目 q1：不认识的字段 hint。请检查拼写，或删掉这一行",
      ]
    `);
  });

  it('rejects a missing required field', () => {
    expect(errorsOf('- id: q1\n  type: truefalse\n  stem: 题干\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 1 行：题目 q1，字段 answer（答案）：缺少这一项。请加上一行“answer: …”",
      ]
    `);
  });

  it('rejects an id with capital letters or spaces', () => {
    expect(errorsOf('- id: Q 1\n  type: truefalse\n  stem: 题干\n  answer: true\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 1 行：题目 Q 1，字段 id（编号）：编号只能用小写英文字母、数字和单个连字符“-”，例如 m1-mindset-01",
      ]
    `);
  });

  const single = (options: string) => `- id: q1\n  type: single\n  stem: 题干\n  options:\n${options}  explanation: 解析\n`;

  it('rejects a single-choice question with zero correct options', () => {
    expect(errorsOf(single('    - { text: 甲 }\n    - { text: 乙 }\n'))).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 5 行：题目 q1，字段 options（选项）：单选题要恰好有一个选项写 correct: true，现在有 0 个",
      ]
    `);
  });

  it('rejects a single-choice question with two correct options', () => {
    expect(errorsOf(single('    - { text: 甲, correct: true }\n    - { text: 乙, correct: true }\n'))).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 5 行：题目 q1，字段 options（选项）：单选题要恰好有一个选项写 correct: true，现在有 2 个",
      ]
    `);
  });

  it('rejects a multiple-choice question with no correct option', () => {
    expect(errorsOf('- id: q1\n  type: multiple\n  stem: 题干\n  options:\n    - { text: 甲 }\n    - { text: 乙 }\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 5 行：题目 q1，字段 options（选项）：多选题至少要有一个选项写 correct: true",
      ]
    `);
  });

  it('rejects ordering items that repeat', () => {
    expect(errorsOf('- id: q1\n  type: order\n  stem: 题干\n  items: [倾听, 致歉, 倾听]\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 4 行：题目 q1，字段 items[2]（条目）：排序条目“倾听”出现了两次，每个条目都要不同",
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
        "content/questions/service-awareness/service-mindset.yaml 第 9 行：题目 q1，字段 items[1].category（类别）：条目“自豪”的类别“staf”不存在（现有类别：company、staff）",
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
        "content/questions/service-awareness/service-mindset.yaml 第 9 行：题目 q1，字段 items[1].category（类别）：缺少这一项。请加上一行“category: …”",
      ]
    `);
  });

  it('rejects a fill blank with an empty list of accepted answers', () => {
    expect(errorsOf('- id: q1\n  type: fill\n  stem: 三要素是态度、___、技巧。\n  blanks:\n    - []\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 5 行：题目 q1，字段 blanks[0]（填空答案）：第 1 个空没有写答案",
      ]
    `);
  });

  it('rejects a fill stem whose blank count differs from the blanks list', () => {
    expect(errorsOf('- id: q1\n  type: fill\n  stem: 三要素是___、___、技巧。\n  blanks:\n    - [态度]\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 5 行：题目 q1，字段 blanks（填空答案）：题干里有 2 个空（___），但 blanks 给了 1 组答案：每个空要有一组答案，例如 [知识, 业务知识]",
      ]
    `);
  });

  it('rejects a fill question with no blank in the stem', () => {
    expect(errorsOf('- id: q1\n  type: fill\n  stem: 三要素是态度、知识、技巧。\n  blanks:\n    - [知识]\n  explanation: 解析\n')).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 5 行：题目 q1，字段 blanks（填空答案）：题干里有 0 个空（___），但 blanks 给了 1 组答案：每个空要有一组答案，例如 [知识, 业务知识]",
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
        "content/questions/service-awareness/service-mindset.yaml 第 10 行：题目 q1，字段 turns[1].replies（回答）：第 2 轮对话要恰好有一个回答写 best: true，现在有 0 个",
      ]
    `);
  });

  it('rejects a dialogue turn with two best replies', () => {
    expect(errorsOf(dialogue('        - { text: 甲, best: true, feedback: 好。 }\n        - { text: 乙, best: true, feedback: 好。 }\n'))).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 10 行：题目 q1，字段 turns[1].replies（回答）：第 2 轮对话要恰好有一个回答写 best: true，现在有 2 个",
      ]
    `);
  });

  it('hints at quoting when a comma inside { ... } splits Chinese text', () => {
    expect(errorsOf('- id: q1\n  type: single\n  stem: 题干\n  options:\n    - { text: 很抱歉,我马上帮您查, correct: true }\n    - { text: 不归我管 }\n  explanation: 解析\n'))
      .toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 5 行：题目 q1，字段 options[0]（选项）：{ … } 里的英文逗号“,”把文字断开了（多出来的“我马上帮您查”）。请把整段文字放进引号，或改用中文逗号“，”",
      ]
    `);
  });

  it('names a question without an id by its position', () => {
    expect(errorsOf(`${ALL_TYPES}\n- type: truefalse\n  stem: 题干\n  answer: true\n`)).toMatchInlineSnapshot(`
      [
        "content/questions/service-awareness/service-mindset.yaml 第 68 行：第 10 个题目，字段 id（编号）：缺少这一项。请加上一行“id: …”",
        "content/questions/service-awareness/service-mindset.yaml 第 68 行：第 10 个题目，字段 explanation（解析）：缺少这一项。请加上一行“explanation: …”",
      ]
    `);
  });
});
