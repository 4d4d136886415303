import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-messages.ts';
import {
  drawExam,
  examProblems,
  examSections,
  findPaper,
  gradeExam,
  moduleOf,
  newSeed,
  outcomeOf,
  paperPoints,
  parseSeed,
  partCount,
  questionPoints,
  scaledScore,
  partPoints,
  sectionPoints,
  shownBy,
  type ReviewFilter,
} from '../../src/lib/exam.ts';
import type { QuestionType } from '../../src/question-types/shared.ts';

type Section = { module?: string; types: QuestionType[]; count: number; label?: string };

// Two modules, each with 4 single, 3 truefalse and 1 case question.
const bank = ['complaints/six-steps', 'communication/communication-model'].flatMap((lesson) => {
  const slug = lesson.split('/')[1]!;
  const make = (type: QuestionType, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${slug}-${type}-${i + 1}`, lesson, type }));
  return [...make('single', 4), ...make('truefalse', 3), ...make('case', 1)];
});
const byId = new Map(bank.map((q) => [q.id, q]));

const sections: Section[] = [
  { module: 'complaints', types: ['single', 'truefalse'], count: 3 },
  { module: 'communication', types: ['single'], count: 2 },
  { types: ['case'], count: 2 },
];
const draw = (seed: number, s: Section[] = sections, b = bank) => drawExam(b, { sections: s }, seed);

describe('drawExam', () => {
  it('gives the same ids in the same order for the same seed', () => {
    expect(draw(12345)).toEqual(draw(12345));
  });

  it('keeps the draw of a seed fixed, since shared exam links depend on it', () => {
    expect(draw(12345).questionIds).toEqual([
      'six-steps-truefalse-1',
      'six-steps-single-1',
      'six-steps-truefalse-2',
      'communication-model-single-4',
      'communication-model-single-2',
      'communication-model-case-1',
      'six-steps-case-1',
    ]);
  });

  it('does not depend on the order of the bank', () => {
    expect(draw(777, sections, [...bank].reverse()).questionIds).toEqual(draw(777).questionIds);
  });

  it('gives different exams for different seeds', () => {
    const exams = new Set([1, 2, 3, 4, 5].map((seed) => draw(seed).questionIds.join()));
    expect(exams.size).toBeGreaterThan(1);
  });

  it('draws each section from its module and types, in section order', () => {
    for (const seed of [1, 99, 2024, 2147483647]) {
      const ids = draw(seed).questionIds;
      expect(ids).toHaveLength(7);
      const parts = [ids.slice(0, 3), ids.slice(3, 5), ids.slice(5)];
      parts.forEach((part, i) => {
        const section = sections[i]!;
        for (const id of part) {
          const q = byId.get(id)!;
          expect(section.types).toContain(q.type);
          if (section.module) expect(moduleOf(q.lesson)).toBe(section.module);
        }
      });
    }
  });

  it('never picks a question twice across sections', () => {
    const overlapping: Section[] = [
      { module: 'complaints', types: ['single'], count: 3 },
      { types: ['single'], count: 5 },
    ];
    for (let seed = 1; seed <= 50; seed++) {
      const ids = draw(seed, overlapping).questionIds;
      expect(ids).toHaveLength(8);
      expect(new Set(ids).size).toBe(8);
    }
  });

  it('takes what exists and reports a section that cannot be filled', () => {
    const { questionIds, shortfalls } = draw(5, [
      { module: 'complaints', types: ['case'], count: 3, label: '案例分析' },
      { module: 'service-quality', types: ['single'], count: 2 },
    ]);
    expect(questionIds).toEqual(['six-steps-case-1']);
    expect(
      draw(5, [
        { module: 'complaints', types: ['case'], count: 3 },
        { module: 'service-quality', types: ['single'], count: 2 },
      ]).sizes,
    ).toEqual([1, 0]);
    expect(shortfalls).toEqual([
      { section: 0, wanted: 3, found: 1 },
      { section: 1, wanted: 2, found: 0 },
    ]);
  });

  it('reports no shortfall when every section is filled', () => {
    expect(draw(3).shortfalls).toEqual([]);
  });

  it('gives the number of questions drawn for each section', () => {
    expect(draw(3).sizes).toEqual([3, 2, 2]);
  });
});

describe('spreading cases over modules and asking for multi-part cases', () => {
  // Five modules, each with two cases tagged 案例分析 (one in two parts) and one tagged 简答.
  const modules = ['a', 'b', 'c', 'd', 'e'];
  const cases = modules.flatMap((m) => [
    { id: `${m}-case-1`, lesson: `${m}/l`, type: 'case' as const, tags: ['案例分析'] },
    { id: `${m}-case-2`, lesson: `${m}/l`, type: 'case' as const, tags: ['案例分析'], parts: [{}, {}] },
    { id: `${m}-short`, lesson: `${m}/l`, type: 'case' as const, tags: ['简答'] },
  ]);
  const paper = [
    { types: ['case' as const], tags: ['简答'], count: 3, points: 5 },
    { types: ['case' as const], tags: ['案例分析'], count: 3, points: 15, maxPerModule: 1 },
    { types: ['case' as const], tags: ['案例分析'], count: 2, points: 20, maxPerModule: 1, minParts: 2 },
  ];

  it('takes the five cases of two sections from five modules, whatever the seed, and the 简答 do not count', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { questionIds, shortfalls, points } = drawExam(cases, { sections: paper }, seed);
      expect(shortfalls).toEqual([]);
      const picked = questionIds.slice(3);
      expect(new Set(picked.map((id) => id.split('-')[0])).size).toBe(5);
      expect(points).toEqual([5, 5, 5, 15, 15, 15, 20, 20]);
    }
  });

  it('puts only cases with at least minParts sub-questions in the 20-point slots', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const ids = drawExam(cases, { sections: paper }, seed).questionIds.slice(6);
      for (const id of ids) expect(id).toMatch(/-case-2$/);
    }
  });

  it('counts a question without parts as one part', () => {
    expect(partCount({})).toBe(1);
    expect(partCount({ parts: [{}, {}, {}] })).toBe(3);
    expect(partCount({ parts: 2 })).toBe(2);
  });

  it('explains in Chinese a section that cannot be filled because of its spread or its parts', () => {
    const problems = examProblems(
      'content/exam.yaml',
      {
        papers: [
          { id: 'mock', sections: [{ types: ['case'], tags: ['案例分析'], count: 6, maxPerModule: 1, label: '二、案例分析' }] },
          { id: 'parts', sections: [{ types: ['case'], tags: ['案例分析'], count: 6, minParts: 2 }] },
        ],
      },
      modules,
      cases,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/exam.yaml：试卷“mock”：sections[0]（“二、案例分析”）：从所有模块抽 case 题（标签 案例分析）（每个模块最多 1 道） 6 道，题库里只有 5 道可抽。请减少 count，或放宽 maxPerModule（每个模块最多抽几道），或给题库加题',
      'content/exam.yaml：试卷“parts”：sections[0]：从所有模块抽 case 题（标签 案例分析）（至少 2 个小问） 6 道，题库里只有 5 道可抽。请减少 count，或去掉 minParts，或给案例题写出分小问的 parts，或给题库加题',
    ]);
  });
});

describe('scaledScore', () => {
  it('gives the marks ticked when the marks equal the slot, and scales them otherwise', () => {
    // 9 of 15 marks ticked in a 15-point slot: 9 points.
    expect(scaledScore(9 / 15, 15)).toBeCloseTo(9);
    // 6 of 10 marks ticked in a 15-point slot: scaled by 15/10 to 9 points.
    expect(scaledScore(6 / 10, 15)).toBeCloseTo(9);
  });
});

describe('examSections', () => {
  const labelled = [{ label: '一、投诉' }, { label: '二、沟通' }, {}];

  it('splits the drawn ids at the section boundaries, numbering questions through the exam', () => {
    expect(examSections(labelled, { questionIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], sizes: [3, 2, 2] })).toEqual([
      { index: 0, label: '一、投诉', questionIds: ['a', 'b', 'c'], firstNumber: 1 },
      { index: 1, label: '二、沟通', questionIds: ['d', 'e'], firstNumber: 4 },
      { index: 2, label: undefined, questionIds: ['f', 'g'], firstNumber: 6 },
    ]);
  });

  it('leaves out a section that drew nothing, keeping the index of the others', () => {
    expect(examSections(labelled, { questionIds: ['a', 'b'], sizes: [1, 0, 1] })).toEqual([
      { index: 0, label: '一、投诉', questionIds: ['a'], firstNumber: 1 },
      { index: 2, label: undefined, questionIds: ['b'], firstNumber: 2 },
    ]);
  });

  it('keeps every drawn question exactly once, in order, for real draws', () => {
    for (const seed of [1, 42, 2024]) {
      const drawn = draw(seed);
      expect(examSections(sections, drawn).flatMap((s) => s.questionIds)).toEqual(drawn.questionIds);
    }
  });
});

describe('moduleOf', () => {
  it('returns the part of a lesson id before the slash', () => {
    expect(moduleOf('complaints/six-steps')).toBe('complaints');
  });
});

describe('gradeExam', () => {
  const items = (scores: (number | null)[], module = 'complaints', points = 1) => scores.map((score, i) => ({ id: `q${i}`, module, points, score }));

  it.each([
    { name: 'passes at exactly 80%', scores: [1, 1, 1, 1, 0], passed: true },
    { name: 'passes at exactly 80% of 30 questions', scores: [...Array<number>(24).fill(1), ...Array<number>(6).fill(0)], passed: true },
    { name: 'fails below 80% as shown (78%)', scores: [1, 1, 1, 0.9, 0], passed: false },
    // 0.6 + 0.7 + 0.9 + 1 is 3.1999999999999997 in floating point.
    { name: 'passes at 80% made of partial credits', scores: [0.6, 0.7, 0.9, 1], passed: true },
    { name: 'fails with nothing answered', scores: [null, null], passed: false },
    { name: 'fails an empty paper', scores: [], passed: false },
  ])('$name', ({ scores, passed }) => {
    expect(gradeExam(items(scores), 0.8).passed).toBe(passed);
  });

  it('decides with the percentage the candidate sees: 79.6% shows as 80% and passes a mark of 80%', () => {
    const grade = gradeExam([{ id: 'a', module: 'm', points: 1000, score: 0.796 }], 0.8);
    expect(grade.passed).toBe(true);
    expect(gradeExam([{ id: 'a', module: 'm', points: 1000, score: 0.794 }], 0.8).passed).toBe(false);
  });

  it('weighs questions by their points', () => {
    const grade = gradeExam(
      [
        { id: 'a', module: 'm', points: 1, score: 1 },
        { id: 'b', module: 'm', points: 15, score: 0.5 },
      ],
      0.6,
    );
    expect(grade.points).toBe(8.5);
    expect(grade.maxPoints).toBe(16);
    expect(grade.score).toBeCloseTo(8.5 / 16);
  });

  it('counts a blank question as unanswered, not answered wrongly', () => {
    const grade = gradeExam(items([1, 0, null, null, null]), 0.6);
    expect(grade.answered).toBe(2);
    expect(grade.unanswered).toBe(3);
    expect(grade.points).toBe(1);
    expect(grade.maxPoints).toBe(5);
  });

  it('gives no verdict while case questions wait for self-assessment, and counts them as answered', () => {
    const grade = gradeExam([...items([1, 1]), { id: 'c', module: 'm', points: 15, score: null, pending: true }], 0.6);
    expect(grade.passed).toBeNull();
    expect(grade.pending).toBe(1);
    expect(grade.answered).toBe(3);
    expect(grade.points).toBe(2);
  });

  it('rounds the total once, to the one decimal the candidate is shown', () => {
    const grade = gradeExam(
      [
        { id: 'a', module: 'm', points: 20, score: 2 / 3 },
        { id: 'b', module: 'n', points: 15, score: 2 / 3 },
      ],
      0.6,
    );
    expect(grade.points).toBe(23.3);
  });

  it('sums points and full marks per module', () => {
    const result = gradeExam([...items([1, 0.5], 'complaints'), ...items([0], 'communication', 15)], 0.8);
    expect(result.byModule).toEqual({ complaints: { score: 1.5, total: 2 }, communication: { score: 0, total: 15 } });
  });
});

describe('points and tags in a blueprint', () => {
  const tagged = [
    ...bank,
    { id: 'short-1', lesson: 'complaints/six-steps', type: 'case' as const, tags: ['简答'] },
    { id: 'analysis-1', lesson: 'complaints/six-steps', type: 'case' as const, tags: ['案例分析'] },
    { id: 'analysis-2', lesson: 'communication/communication-model', type: 'case' as const, tags: ['案例分析'] },
  ];

  it("draws only questions carrying one of a section's tags", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { questionIds } = drawExam(tagged, { sections: [{ types: ['case'], tags: ['案例分析'], count: 2 }] }, seed);
      expect([...questionIds].sort()).toEqual(['analysis-1', 'analysis-2']);
    }
  });

  it('gives each drawn question the points of its section and type', () => {
    const { questionIds, points } = drawExam(
      tagged,
      {
        sections: [
          { types: ['single', 'truefalse'], count: 6, points: { single: 2, truefalse: 1 } },
          { types: ['case'], tags: ['简答'], count: 1, points: 5 },
        ],
      },
      9,
    );
    questionIds.forEach((id, i) => {
      const q = tagged.find((x) => x.id === id)!;
      expect(points[i]).toBe(q.type === 'single' ? 2 : q.type === 'truefalse' ? 1 : 5);
    });
  });

  it('reports a tag the bank lacks, naming the tag', () => {
    const { shortfalls } = drawExam(tagged, { sections: [{ types: ['case'], tags: ['论述'], count: 1 }] }, 1);
    expect(shortfalls).toEqual([{ section: 0, wanted: 1, found: 0 }]);
  });

  it('sizes a paper, as a range when types of different points share a section', () => {
    expect(
      paperPoints([
        { types: ['case'], count: 3, points: 15 },
        { types: ['single'], count: 10 },
      ]),
    ).toEqual({ min: 55, max: 55 });
    expect(sectionPoints({ types: ['single', 'multiple'], count: 4, points: { multiple: 2 } })).toEqual({ min: 4, max: 8 });
    expect(questionPoints({ points: { multiple: 2 } }, 'single')).toBe(1);
  });

  it('checks every paper and names it', () => {
    const problems = examProblems(
      'content/exam.yaml',
      {
        papers: [
          { id: 'mock', sections: [{ types: ['case'], tags: ['案例分析'], count: 5 }] },
          { id: 'quick', sections: [{ module: 'nowhere', types: ['single'], count: 1 }] },
          { id: 'labelled', sections: [{ module: 'communication', types: ['dialogue'], count: 2, label: '对话' }] },
        ],
      },
      ['complaints', 'communication'],
      tagged,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/exam.yaml：试卷“mock”：sections[0]：从所有模块抽 case 题（标签 案例分析） 5 道，题库里只有 2 道可抽。请减少 count，或给题库加题',
      'content/exam.yaml：试卷“quick”，字段 papers[1].sections[0].module（所属模块）：没有模块“nowhere”',
      'content/exam.yaml：试卷“labelled”：sections[0]（“对话”）：从模块“communication”抽 dialogue 题 2 道，题库里只有 0 道可抽。请减少 count，或给题库加题',
    ]);
  });

  it('finds a paper by id, or the default', () => {
    const papers = [{ id: 'mock' }, { id: 'quick' }];
    expect(findPaper(papers, 'quick').id).toBe('quick');
    expect(findPaper(papers, 'nope').id).toBe('mock');
    expect(findPaper(papers, null).id).toBe('mock');
  });
});

describe('newSeed', () => {
  it.each([0, 0.5, 0.999999999999])('makes a positive 31-bit integer from random() = %s', (value) => {
    const seed = newSeed(() => value);
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(1);
    expect(seed).toBeLessThanOrEqual(2147483647);
    expect(parseSeed(String(seed))).toBe(seed);
  });
});

describe('parseSeed', () => {
  it.each([
    ['42', 42],
    ['1', 1],
    ['2147483647', 2147483647],
    ['007', 7],
    ['0', null],
    ['2147483648', null],
    ['99999999999999999999', null],
    ['-5', null],
    ['1.5', null],
    ['1e3', null],
    [' 42', null],
    ['', null],
    ['abc', null],
    [null, null],
  ])('reads %j as %j', (text, seed) => {
    expect(parseSeed(text)).toBe(seed);
  });
});

describe('review filters', () => {
  it('tells a blank question from a wrong one, and waits for self-assessment', () => {
    expect(outcomeOf({ blank: true, correct: false })).toBe('blank');
    expect(outcomeOf({ blank: false, correct: false })).toBe('wrong');
    expect(outcomeOf({ blank: false, correct: true })).toBe('right');
    expect(outcomeOf({ blank: false, correct: false, pending: true })).toBe('pending');
  });

  it('tells a partly right answer (some marks) from a wrong one (none)', () => {
    expect(outcomeOf({ blank: false, correct: false, score: 0.6 })).toBe('partial');
    expect(outcomeOf({ blank: false, correct: false, score: 0 })).toBe('wrong');
    expect(shownBy('wrong', 'partial', false)).toBe(true);
  });

  it('shows only mistakes under 只看错题, only blanks under 只看未答, only flags under 已标记', () => {
    const rows = [
      ['right', false],
      ['wrong', false],
      ['blank', true],
      ['pending', false],
      ['wrong', true],
    ] as const;
    const shown = (filter: ReviewFilter) => rows.flatMap(([outcome, flagged], i) => (shownBy(filter, outcome, flagged) ? [i] : []));
    expect(shown('all')).toEqual([0, 1, 2, 3, 4]);
    expect(shown('wrong')).toEqual([1, 4]);
    expect(shown('blank')).toEqual([2]);
    expect(shown('flagged')).toEqual([2, 4]);
  });
});

describe('partPoints', () => {
  it('scales the parts of a case to its slot on the paper, in marks that add up to the slot', () => {
    expect(partPoints([12, 8], 15)).toEqual([9, 6]);
    expect(partPoints([8, 7], 20)).toEqual([10.5, 9.5]);
    expect(partPoints([5, 5, 5], 10)).toEqual([3.5, 3.5, 3]);
    expect(partPoints([4, 6], 10)).toEqual([4, 6]);
  });

  it('always adds up to the slot, however the marks divide', () => {
    for (const [marks, slot] of [
      [[1, 1, 1], 20],
      [[3, 3, 3, 3, 3, 3, 3], 15],
      [[2, 9, 4], 12.5],
    ] as const)
      expect(partPoints(marks, slot).reduce((a, b) => a + b, 0)).toBe(slot);
  });

  it('gives nothing to parts of a question without marks', () => {
    expect(partPoints([0, 0], 10)).toEqual([0, 0]);
  });
});
