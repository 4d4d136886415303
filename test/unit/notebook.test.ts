import { describe, expect, it } from 'vitest';
import { listText, notebookChange, notebookRows, notebookTable, type BankData } from '../../src/lib/notebook.ts';
import { toCsv } from '../../src/lib/csv.ts';

const BANK: BankData = {
  questions: {
    'a-01': { stem: '什么是服务？', type: 'single', lesson: 'alpha/one', answer: '乙' },
    'a-02': { stem: '服务就是微笑。', type: 'truefalse', lesson: 'alpha/one', answer: '错' },
    'b-01': { stem: '排好顺序', type: 'order', lesson: 'beta/two', answer: '甲 → 乙' },
  },
  lessons: {
    'alpha/one': { title: '第一课', href: '/lessons/alpha/one/', module: 'alpha' },
    'beta/two': { title: '第二课', href: '/lessons/beta/two/', module: 'beta' },
  },
  modules: { alpha: '服务意识', beta: '沟通原理' },
  types: { single: '单选题', truefalse: '判断题', order: '排序题' },
};
const entry = (lastWrongAt: number, answer?: string) => ({ addedAt: 1, lastWrongAt, streak: 0, ...(answer === undefined ? {} : { answer }) });

describe('notebookRows', () => {
  const notebook = { 'a-01': entry(100, '甲'), 'b-01': entry(300, '乙 → 甲'), 'a-02': entry(200) };

  it('lists entries newest wrong answer first, joined with the bank', () => {
    const rows = notebookRows(notebook, BANK);
    expect(rows.map((r) => r.id)).toEqual(['b-01', 'a-02', 'a-01']);
    expect(rows[0]).toEqual({
      id: 'b-01',
      stem: '排好顺序',
      typeLabel: '排序题',
      lesson: 'beta/two',
      lessonTitle: '第二课',
      lessonHref: '/lessons/beta/two/',
      module: 'beta',
      moduleTitle: '沟通原理',
      answer: '乙 → 甲',
      rightAnswer: '甲 → 乙',
      addedAt: 1,
      lastWrongAt: 300,
      streak: 0,
    });
  });

  it('gives an empty answer when none was recorded', () => {
    expect(notebookRows(notebook, BANK).find((r) => r.id === 'a-02')!.answer).toBe('');
  });

  it('keeps only the chosen module', () => {
    expect(notebookRows(notebook, BANK, 'alpha').map((r) => r.id)).toEqual(['a-02', 'a-01']);
  });

  it('leaves out questions no longer in the bank', () => {
    expect(notebookRows({ gone: entry(500), 'a-01': entry(1) }, BANK).map((r) => r.id)).toEqual(['a-01']);
  });

  it('breaks ties by id for a stable list', () => {
    expect(notebookRows({ 'b-01': entry(5), 'a-01': entry(5) }, BANK).map((r) => r.id)).toEqual(['a-01', 'b-01']);
  });

  it('returns nothing for an empty notebook', () => {
    expect(notebookRows({}, BANK)).toEqual([]);
  });
});

describe('notebookTable', () => {
  const HEADER = ['模块', '课程', '题目', '你的答案', '正确答案', '加入时间', '最近答错'];

  it('puts the header first and one row per entry in the column order', () => {
    const rows = notebookRows({ 'a-01': { addedAt: 10, lastWrongAt: 20, streak: 0, answer: '甲' } }, BANK);
    expect(notebookTable(rows, HEADER, (at) => `t${at}`)).toEqual([HEADER, ['服务意识', '第一课', '什么是服务？', '甲', '乙', 't10', 't20']]);
  });

  it('makes CSV that keeps a learner answer starting with "=" from running as a formula', () => {
    const rows = notebookRows({ 'a-01': entry(1, '=1+1') }, BANK);
    expect(toCsv(notebookTable(rows, HEADER, String))).toContain(",'=1+1,");
  });
});

describe('listText', () => {
  it("numbers a case question's key points one per line instead of gluing them with 。；", () => {
    expect(listText(['先道歉。', '再倾听。'])).toBe('1. 先道歉。\n2. 再倾听。');
    expect(listText('甲；乙')).toBe('甲；乙');
  });

  it('exports the key points as numbered lines', () => {
    const bank = { ...BANK, questions: { ...BANK.questions, 'c-01': { stem: '案例', type: 'case', lesson: 'alpha/one', answer: ['要点一', '要点二'] } } };
    const rows = notebookRows({ 'c-01': { addedAt: 1, lastWrongAt: 2, streak: 0, answer: '我的回答' } }, bank);
    expect(notebookTable(rows, ['h'], String)[1]![4]).toBe('1. 要点一\n2. 要点二');
  });
});

describe('notebookChange', () => {
  const note = (streak: number) => ({ addedAt: 1, lastWrongAt: 1, streak });

  it.each([
    ['a question that left the notebook as removed', note(1), undefined, { kind: 'removed' }],
    ['a question that came in as added', undefined, note(0), { kind: 'added' }],
    ['one right answer of two as a streak with one left', note(0), note(1), { kind: 'streak', left: 1 }],
    ['a wrong answer to a noted question as kept', note(1), note(0), { kind: 'kept' }],
    ['a question never in the notebook as none', undefined, undefined, { kind: 'none' }],
  ])('reports %s', (_name, before, after, expected) => {
    expect(notebookChange(before, after, 2)).toEqual(expected);
  });

  it('counts what is left with a longer streak requirement', () => {
    expect(notebookChange(note(0), note(1), 3)).toEqual({ kind: 'streak', left: 2 });
  });
});
