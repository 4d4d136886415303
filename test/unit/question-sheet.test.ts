import { describe, expect, it } from 'vitest';
import { formatSheetProblem } from '../../src/lib/content-messages.ts';
import { headerProblems, nextId, planImport, questionToRow, rowFromCells, type SheetBank } from '../../src/lib/question-sheet.ts';
import type { RawQuestion } from '../../src/question-types/definitions.ts';
import { SHEET_HEADERS, type SheetRow } from '../../src/question-types/sheet-shared.ts';
import { QuestionSchema, type Question } from '../../src/question-types/definitions.ts';

const lessons = [
  { id: 'complaints/six-steps', title: '投诉处理六步法' },
  { id: 'service-awareness/service-definition', title: '服务的定义' },
];

function bankOf(...raws: (RawQuestion & { lesson?: string })[]): SheetBank {
  const questions = new Map<string, { question: Question; raw: RawQuestion }>();
  for (const { lesson = 'complaints/six-steps', ...raw } of raws) questions.set(raw.id, { question: QuestionSchema.parse({ lesson, ...raw }), raw: raw });
  return { lessons, questions };
}
const empty = bankOf();

/** A row of the sheet from the cells given, the others empty. */
function row(cells: Partial<SheetRow>): SheetRow {
  return { ...(Object.fromEntries(SHEET_HEADERS.map((h) => [h, ''])) as SheetRow), 课程: '投诉处理六步法', 解析: '因为如此。', ...cells };
}

function importOne(cells: Partial<SheetRow>, bank = empty, number = 2) {
  return planImport([{ row: number, cells: row(cells) }], bank);
}

function imported(cells: Partial<SheetRow>, bank = empty): RawQuestion {
  const plan = importOne(cells, bank);
  if (!plan.ok) throw new Error(plan.errors.map(formatSheetProblem).join('\n'));
  return plan.questions[0]!.raw;
}

function errorsOf(cells: Partial<SheetRow>, bank = empty, number = 2): string[] {
  const plan = importOne(cells, bank, number);
  if (plan.ok) throw new Error('expected the row to be refused');
  return plan.errors.map(formatSheetProblem);
}

describe('reading a row of each type', () => {
  it('reads a single-choice row with its letter answer and option feedback', () => {
    const raw = imported({ 编号: 'six-steps-20', 题型: '单选', 题干: '第一步是什么？', 选项A: '鼓励发泄\n反馈：对，先让客户说。', 选项B: '马上解释', 答案: 'a', 难度: '2' });
    expect(raw).toEqual({
      id: 'six-steps-20',
      type: 'single',
      stem: '第一步是什么？',
      options: [{ text: '鼓励发泄', correct: true, feedback: '对，先让客户说。' }, { text: '马上解释' }],
      explanation: '因为如此。',
      difficulty: 2,
    });
  });

  it('reads a multiple-choice row whose answer is several letters, with or without separators', () => {
    for (const answer of ['ACD', 'A,C,D', 'A、C、D', 'a c d']) {
      const raw = imported({ 编号: 'x-1', 题型: '多选', 题干: '哪些对？', 选项A: '甲', 选项B: '乙', 选项C: '丙', 选项D: '丁', 答案: answer });
      expect((raw.options as { correct?: boolean }[]).map((o) => o.correct ?? false)).toEqual([true, false, true, true]);
    }
  });

  it('reads 对 and 错 (and their usual variants) as the answer of a true/false row', () => {
    for (const [answer, expected] of [
      ['对', true],
      ['错', false],
      ['正确', true],
      ['×', false],
      ['T', true],
    ] as const) {
      expect(imported({ 编号: 'x-1', 题型: '判断', 题干: '服务是无形的。', 答案: answer }).answer).toBe(expected);
    }
  });

  it('reads one line per blank with alternatives separated by |', () => {
    const raw = imported({ 编号: 'x-1', 题型: '填空', 题干: '___与客户接触的活动和___内部活动', 答案: '供方|提供方\n供方' });
    expect(raw.blanks).toEqual([['供方', '提供方'], ['供方']]);
  });

  it('reads a 简答 row: the question as written (no case material), one key point a line, their marks in 分值', () => {
    const raw = imported({ 编号: 'x-1', 题型: '简答', 题干: '简述投诉处理六步法。', 答案: '鼓励客户发泄【关键词：发泄】\n充分道歉', 分值: '3\n2 分' });
    expect(raw).toEqual({
      id: 'x-1',
      type: 'short',
      stem: '简述投诉处理六步法。',
      keyPoints: [
        { text: '鼓励客户发泄', keywords: ['发泄'], marks: 3 },
        { text: '充分道歉', marks: 2 },
      ],
      explanation: '因为如此。',
    });
  });

  it('reads a 案例分析 row: the case before the empty line, the question after, one key point a line with keywords', () => {
    const raw = imported({
      编号: 'x-1',
      题型: '案例分析',
      题干: '文具柜很结实，却卖不好。\n\n问题出在哪里？',
      答案: '忽视客户需要【关键词：需要、价值】\n2 分钟内招呼【关键词：2 分钟、就座】\n从用途出发',
    });
    expect(raw).toMatchObject({
      type: 'case',
      case: '文具柜很结实，却卖不好。',
      stem: '问题出在哪里？',
      keyPoints: [{ text: '忽视客户需要', keywords: ['需要', '价值'] }, { text: '2 分钟内招呼', keywords: ['2 分钟', '就座'] }, { text: '从用途出发' }],
    });
  });

  it('reads an ordering row: the items one a line in the correct order', () => {
    expect(imported({ 编号: 'x-1', 题型: '排序', 题干: '排好顺序。', 答案: '第一步\n第二步\n第三步' }).items).toEqual(['第一步', '第二步', '第三步']);
  });

  it('reads a categorizing row: categories in the options, items as "letter：text"', () => {
    const raw = imported({ 编号: 'x-1', 题型: '分类', 题干: '分一分。', 选项A: '供方', 选项B: '客户', 答案: 'A：提供服务的组织\nB：服务的接受者\na:内部活动的一方' });
    expect(raw.categories).toEqual([
      { id: 'c1', label: '供方' },
      { id: 'c2', label: '客户' },
    ]);
    expect(raw.items).toEqual([
      { text: '提供服务的组织', category: 'c1' },
      { text: '服务的接受者', category: 'c2' },
      { text: '内部活动的一方', category: 'c1' },
    ]);
  });

  it('finds the lesson by its id as well as by its title, and reads 易/中/难 as a difficulty', () => {
    const plan = importOne({ 编号: 'x-1', 课程: 'service-awareness/service-definition', 题型: '判断', 题干: '对吗？', 答案: '对', 难度: '难' });
    expect(plan.ok && plan.questions[0]).toMatchObject({ lesson: 'service-awareness/service-definition', raw: { difficulty: 3 } });
  });
});

describe('ids', () => {
  it('makes the next free id of the lesson for a row without one, and says it is new', () => {
    const bank = bankOf({ id: 'six-steps-07', type: 'truefalse', stem: '对吗？', answer: true, explanation: '是。' });
    const plan = planImport(
      [
        { row: 2, cells: row({ 题型: '判断', 题干: '甲？', 答案: '对' }) },
        { row: 3, cells: row({ 题型: '判断', 题干: '乙？', 答案: '错' }) },
      ],
      bank,
    );
    expect(plan.ok && plan.questions.map((q) => [q.raw.id, q.newId])).toEqual([
      ['six-steps-08', true],
      ['six-steps-09', true],
    ]);
  });

  it('numbers from 01 in a lesson that has none', () => {
    expect(nextId('complaints/cake-shop', new Set(['six-steps-03']))).toBe('cake-shop-01');
  });

  it('keeps what the sheet cannot hold (tags, source, lessonQuiz) from the question it updates', () => {
    const bank = bankOf({ id: 'six-steps-01', type: 'truefalse', stem: '旧？', answer: true, explanation: '是。', tags: ['简答'], source: '002', lessonQuiz: false });
    expect(imported({ 编号: 'six-steps-01', 题型: '判断', 题干: '新？', 答案: '错' }, bank)).toEqual({
      id: 'six-steps-01',
      type: 'truefalse',
      tags: ['简答'],
      lessonQuiz: false,
      stem: '新？',
      answer: false,
      explanation: '因为如此。',
      source: '002',
    });
  });
});

describe('a dialogue row', () => {
  const dialogue = {
    id: 'six-steps-05',
    type: 'dialogue' as const,
    stem: '客户这样说，哪种回答更好？',
    turns: [
      {
        customer: '你们太慢了！',
        replies: [
          { text: '非常抱歉。', best: true, feedback: '先道歉。' },
          { text: '不慢啊。', feedback: '在争辩。' },
        ],
      },
    ],
    explanation: '先处理情绪。',
  };
  const bank = bankOf(dialogue);
  const exported = questionToRow(bank.questions.get('six-steps-05')!.question, '投诉处理六步法');

  it('keeps an exported dialogue as it is in YAML', () => {
    expect(imported(exported, bank)).toEqual(dialogue);
  });

  it('refuses a changed dialogue, or a new one, saying they are written in YAML', () => {
    expect(errorsOf({ ...exported, 解析: '改了' }, bank, 7)).toEqual([expect.stringMatching(/^第 7 行，解析：对话题不能在 Excel 中修改/)]);
    expect(errorsOf({ 题型: '对话', 题干: '新对话' })).toEqual([expect.stringMatching(/^第 2 行，题型：对话题不能从 Excel 导入.*YAML/)]);
  });
});

describe('a bad row is named by its Excel row number and column, in Chinese', () => {
  it.each([
    ['a type that does not exist', { 题型: '问答', 题干: '？', 答案: '对' }, '第 12 行，题型：“问答”不是可用的题型'],
    ['no type', { 题干: '？', 答案: '对' }, '第 12 行，题型：没有填写'],
    ['a lesson that does not exist', { 课程: '不存在的课', 题型: '判断', 题干: '？', 答案: '对' }, '第 12 行，课程：找不到课程“不存在的课”'],
    ['no lesson', { 课程: '', 题型: '判断', 题干: '？', 答案: '对' }, '第 12 行，课程：没有填写'],
    ['no stem', { 题型: '判断', 答案: '对' }, '第 12 行，题干：没有填写'],
    ['no explanation', { 题型: '判断', 题干: '？', 答案: '对', 解析: '' }, '第 12 行，解析：没有填写'],
    ['a true/false answer that is not 对 or 错', { 题型: '判断', 题干: '？', 答案: '也许' }, '第 12 行，答案：“也许”不是判断题的答案'],
    ['two answers to a single choice', { 题型: '单选', 题干: '？', 选项A: '甲', 选项B: '乙', 答案: 'AB' }, '第 12 行，答案：单选题只能有一个正确答案，现在写了 2 个'],
    ['an answer that is not letters', { 题型: '单选', 题干: '？', 选项A: '甲', 选项B: '乙', 答案: '甲' }, '第 12 行，答案：“甲”不是选项字母'],
    ['an answer naming an empty option', { 题型: '多选', 题干: '？', 选项A: '甲', 选项B: '乙', 答案: 'AC' }, '第 12 行，答案：“AC”指向的选项没有内容'],
    ['no answer to a choice question', { 题型: '多选', 题干: '？', 选项A: '甲', 选项B: '乙' }, '第 12 行，答案：没有填写'],
    ['a single option', { 题型: '单选', 题干: '？', 选项A: '甲', 答案: 'A' }, '第 12 行，选项A：选择题至少要有两个选项'],
    ['a gap between options', { 题型: '单选', 题干: '？', 选项A: '甲', 选项C: '丙', 答案: 'A' }, '第 12 行，选项B：选项中间不能有空格子'],
    ['blanks and answer lines that differ', { 题型: '填空', 题干: '___和___', 答案: '甲' }, '第 12 行，答案：题干有 2 个空，答案却有 1 行'],
    ['a fill stem without a blank', { 题型: '填空', 题干: '没有空', 答案: '甲' }, '第 12 行，题干：填空题的题干里要用三个下划线'],
    ['a 案例分析 without the case', { 题型: '案例分析', 题干: '只有问题？', 答案: '要点' }, '第 12 行，题干：案例分析题的题干先写案例材料'],
    ['a 简答 with case material, as older workbooks wrote it', { 题型: '简答', 题干: '案例。\n\n问题？', 答案: '要点' }, '第 12 行，题干：简答题的题干只写问题'],
    ['marks that do not match the key points', { 题型: '简答', 题干: '简述。', 答案: '甲\n乙', 分值: '5' }, '第 12 行，分值：答案有 2 个要点，分值却有 1 行'],
    ['marks that are not a number', { 题型: '简答', 题干: '简述。', 答案: '甲\n乙', 分值: '5\n多' }, '第 12 行，分值：第 2 行“多”不是分值'],
    ['an ordering item twice', { 题型: '排序', 题干: '排序', 答案: '甲\n乙\n甲' }, '第 12 行，答案：“甲”出现了两次'],
    ['a category line without its letter', { 题型: '分类', 题干: '分类', 选项A: '甲', 选项B: '乙', 答案: '某项\nB：另一项' }, '第 12 行，答案：“某项”的写法不对'],
    ['a category letter with no category', { 题型: '分类', 题干: '分类', 选项A: '甲', 选项B: '乙', 答案: 'A：一\nC：二' }, '第 12 行，答案：“C：二”指向类别 C'],
    ['a difficulty out of range', { 题型: '判断', 题干: '？', 答案: '对', 难度: '5' }, '第 12 行，难度：“5”不是可用的难度'],
    ['an id with capitals', { 编号: 'Six Steps', 题型: '判断', 题干: '？', 答案: '对' }, '第 12 行，编号：“Six Steps”不能用作编号'],
  ])('%s', (_, cells, message) => {
    const errors = errorsOf(cells, empty, 12);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('names both rows of an id used twice, and reports every bad row, not just the first', () => {
    const plan = planImport(
      [
        { row: 2, cells: row({ 编号: 'a-1', 题型: '判断', 题干: '？', 答案: '对' }) },
        { row: 3, cells: row({ 编号: 'a-1', 题型: '判断', 题干: '？', 答案: '错' }) },
        { row: 4, cells: row({ 编号: 'a-2', 题型: '判断', 题干: '？', 答案: '不知道' }) },
      ],
      empty,
    );
    expect(!plan.ok && plan.errors.map(formatSheetProblem)).toEqual(['第 3 行，编号：“a-1”与第 2 行重复；每道题的编号必须不同', expect.stringMatching(/^第 4 行，答案：/)]);
  });

  it('skips empty rows', () => {
    const plan = planImport([{ row: 2, cells: rowFromCells(['编号'], ['']) }], empty);
    expect(plan).toEqual({ ok: true, questions: [] });
  });

  it('names the missing columns of a sheet that is not the template', () => {
    expect(headerProblems(['编号', '课程', '题型', '题干']).map(formatSheetProblem)[0]).toMatch(/^第 1 行：缺少列“选项A”/);
    expect(headerProblems([...SHEET_HEADERS].reverse())).toEqual([]);
  });
});

describe('rowFromCells', () => {
  it('takes cells by header whatever the column order, and turns Windows line ends into \\n', () => {
    const cells = rowFromCells(['答案', '题型', '备注'], ['甲\r\n乙', ' 排序 ', 'x']);
    expect(cells.答案).toBe('甲\n乙');
    expect(cells.题型).toBe('排序');
  });
});

describe('questionToRow then planImport', () => {
  it('gives back every type as it was', () => {
    const raws: RawQuestion[] = [
      { id: 'q-1', type: 'single', stem: '单？', options: [{ text: '甲', correct: true, feedback: '对' }, { text: '乙' }], explanation: '解。', difficulty: 1 },
      { id: 'q-2', type: 'multiple', stem: '多？', options: [{ text: '甲', correct: true }, { text: '乙' }, { text: '丙', correct: true }], explanation: '解。' },
      { id: 'q-3', type: 'truefalse', stem: '判？', answer: false, explanation: '解。', difficulty: 3 },
      { id: 'q-4', type: 'fill', stem: '___和___', blanks: [['甲', '甲甲'], ['乙']], explanation: '解。' },
      { id: 'q-5', type: 'case', case: '案例。', stem: '问？', keyPoints: [{ text: '点一', keywords: ['一'] }, { text: '点二' }], explanation: '解。' },
      { id: 'q-6', type: 'order', stem: '排。', items: ['一', '二', '三'], explanation: '解。' },
      {
        id: 'q-7',
        type: 'categorize',
        stem: '分。',
        categories: [
          { id: 'p', label: '供方' },
          { id: 'c', label: '客户' },
        ],
        items: [
          { text: '一', category: 'c' },
          { text: '二', category: 'p' },
        ],
        explanation: '解。',
      },
    ];
    const bank = bankOf(...raws);
    const rows = raws.map((r, i) => ({ row: i + 2, cells: questionToRow(bank.questions.get(r.id)!.question, '投诉处理六步法') }));
    const plan = planImport(rows, bank);
    if (!plan.ok) throw new Error(plan.errors.map(formatSheetProblem).join('\n'));
    plan.questions.forEach((q, i) => expect(QuestionSchema.parse({ lesson: q.lesson, ...q.raw })).toEqual(bank.questions.get(raws[i]!.id)!.question));
  });
});
