import { describe, expect, it } from 'vitest';
import { exportProgress, readProgressFile, trainerFileName } from '../../src/lib/progress/transfer.ts';
import type { ProgressData } from '../../src/lib/progress/types.ts';
import ExcelJS from 'exceljs';
import { excelDate, workbookBuffer } from '../../src/components/team/team-workbook.ts';
import { localDateTime } from '../../src/lib/dates.ts';
import { circled, HARDEST_COUNT, learnerLabel, teamReportFromFiles as buildTeamReport } from '../../src/lib/team-report.ts';
import { hardestSheet, learnerSheet, lessonSheet, sheetText, whoSheet } from '../../src/lib/team-sheets.ts';

const course = {
  lessons: [
    { id: 'm/one', title: '第一课' },
    { id: 'm/two', title: '第二课' },
    { id: 'm/three', title: '第三课' },
  ],
  questions: new Set(['q1', 'q2', 'q3']),
  papers: [
    { id: 'mock', title: '模拟卷', full: true },
    { id: 'quick', title: '快速自测', full: false },
  ],
};

let ids = 0;
function learner(name: string, change: (data: ProgressData) => void = () => {}, learnerId = `ID${String(++ids).padStart(6, '0')}`, staffId = ''): ProgressData {
  const data: ProgressData = {
    version: 3,
    learnerName: name,
    learnerId,
    staffId,
    lessons: {},
    attempts: {},
    exams: [],
    notebook: {},
    practice: {},
    favourites: {},
    pathSteps: {},
    updatedAt: 1,
  };
  change(data);
  return data;
}
const file = (name: string, data: ProgressData, exportedAt = 1000) => ({ name, text: exportProgress(data, exportedAt) });
const exam = (score: number, passed: boolean, submittedAt = 500) => ({
  id: `e${score}`,
  seed: 1,
  startedAt: 1,
  submittedAt,
  score,
  passed,
  passMark: 0.8,
  questionIds: [],
  byModule: {},
});

describe('buildTeamReport', () => {
  const zhang = learner(
    '张三',
    (d) => {
      d.lessons['m/one'] = { firstVisit: 10, lastVisit: 20, completedAt: 20, seconds: 60 };
      d.lessons['m/two'] = { firstVisit: 30, lastVisit: 40, seconds: 60 };
      d.attempts.q1 = [
        { at: 900, correct: false, score: 0, source: 'lesson' },
        { at: 950, correct: true, score: 1, source: 'lesson' },
      ];
      d.exams.push(exam(0.7, false, 300), exam(0.85, true, 400));
    },
    'ZHANG001',
  );
  const li = learner(
    '李四',
    (d) => {
      d.lessons['m/one'] = { firstVisit: 10, lastVisit: 2000, completedAt: 2000, seconds: 60 };
      d.lessons['m/three'] = { firstVisit: 10, lastVisit: 20, completedAt: 20, seconds: 60 };
      d.lessons['gone/lesson'] = { firstVisit: 10, lastVisit: 20, completedAt: 20, seconds: 60 };
      d.attempts.q1 = [{ at: 100, correct: false, score: 0, source: 'practice' }];
      d.attempts.q2 = [
        { at: 100, correct: false, score: 0, source: 'practice' },
        { at: 110, correct: false, score: 0, source: 'practice' },
      ];
      d.attempts.removed = [{ at: 100, correct: false, score: 0, source: 'practice' }];
    },
    'LISI0001',
    '2048',
  );

  it('gives one row per learner: lessons completed of the course, last activity, best exam', () => {
    const report = buildTeamReport([file('zhang.json', zhang), file('li.json', li)], course);
    expect(report.learners).toEqual([
      {
        id: 'LISI0001',
        name: '李四',
        staffId: '2048',
        namesake: 0,
        sources: ['li.json'],
        completed: 2,
        completedAt: { 'm/one': 2000, 'm/three': 20 },
        lastActivity: 2000,
        bestExam: null,
      },
      {
        id: 'ZHANG001',
        name: '张三',
        staffId: '',
        namesake: 0,
        sources: ['zhang.json'],
        completed: 1,
        completedAt: { 'm/one': 20 },
        lastActivity: 950,
        bestExam: { score: 0.85, passed: true, paper: '模拟卷' },
      },
    ]);
    expect(report.notices).toEqual([]);
  });

  it('takes the best exam from full papers only, naming the paper: a self-test or an unfinished self-assessment is not a mock exam', () => {
    const wang = learner('王五', (d) =>
      d.exams.push(
        { ...exam(0.95, true, 100), id: 'quick', paper: 'quick' },
        { ...exam(0.9, true, 200), id: 'waiting', paper: 'mock', pending: 2 },
        { ...exam(0.5, false, 300), id: 'old' },
      ),
    );
    expect(buildTeamReport([file('wang.json', wang)], course).learners[0]!.bestExam).toEqual({ score: 0.5, passed: false, paper: '模拟卷' });
    const onlyQuick = learner('赵六', (d) => d.exams.push({ ...exam(0.67, false), paper: 'quick' }));
    expect(buildTeamReport([file('zhao.json', onlyQuick)], course).learners[0]!.bestExam).toBeNull();
  });

  it('says who completed which lesson, and when: a column per lesson, empty where not yet', () => {
    const sheet = whoSheet(buildTeamReport([file('zhang.json', zhang), file('li.json', li)], course), course.lessons, { withStaffId: '{name}（工号 {staffId}）' });
    expect(sheet.columns).toEqual([
      { key: 'name', kind: 'text' },
      { key: 'm/one', kind: 'date' },
      { key: 'm/two', kind: 'date' },
      { key: 'm/three', kind: 'date' },
    ]);
    expect(sheet.rows).toEqual([
      ['李四（工号 2048）', 2000, null, 20],
      ['张三', 20, null, null],
    ]);
  });

  it('counts completion per lesson across the team', () => {
    expect(buildTeamReport([file('a', zhang), file('b', li)], course).lessons.map((l) => [l.id, l.completed])).toEqual([
      ['m/one', 2],
      ['m/two', 0],
      ['m/three', 1],
    ]);
  });

  it('lists the questions most learners got wrong first, ignoring questions no longer in the bank', () => {
    const { hardest } = buildTeamReport([file('a', zhang), file('b', li)], course);
    expect(hardest).toEqual([
      { id: 'q1', learnersWrong: 2, learnersAnswered: 2, wrong: 2, attempts: 3 },
      { id: 'q2', learnersWrong: 1, learnersAnswered: 1, wrong: 2, attempts: 2 },
    ]);
  });

  it(`lists at most ${HARDEST_COUNT} questions`, () => {
    const many = learner('王五', (d) => {
      for (let i = 0; i < 15; i++) d.attempts[`x${i}`] = [{ at: 1, correct: false, score: 0, source: 'lesson' }];
    });
    const bank = { ...course, questions: new Set(Array.from({ length: 15 }, (_, i) => `x${i}`)) };
    expect(buildTeamReport([file('w', many)], bank).hardest).toHaveLength(HARDEST_COUNT);
  });

  it('skips a file that is not a progress export, naming it', () => {
    const report = buildTeamReport([file('a.json', zhang), { name: '照片.png', text: '\u0089PNG' }, { name: 'notes.json', text: '{"hello":1}' }], course);
    expect(report.learners).toHaveLength(1);
    expect(report.notices).toEqual([
      { code: 'notProgress', source: '照片.png' },
      { code: 'notProgress', source: 'notes.json' },
    ]);
  });

  it('tells an empty file and an export cut short from a file that is not an export', () => {
    const whole = exportProgress(learner('李四'), 1234);
    const report = buildTeamReport(
      [
        { name: '空.json', text: '' },
        { name: '半个.json', text: whole.slice(0, whole.length / 2) },
        { name: 'notes.json', text: '{"format":"other"' },
      ],
      course,
    );
    expect(report.learners).toEqual([]);
    expect(report.notices).toEqual([
      { code: 'unreadable', source: '空.json', error: { code: 'empty' } },
      { code: 'unreadable', source: '半个.json', error: { code: 'incomplete' } },
      { code: 'notProgress', source: 'notes.json' },
    ]);
  });

  it('skips a file too large to be a progress export, with its size and the limit', () => {
    const report = buildTeamReport([file('a.json', zhang), { name: '录像.json', text: '', bytes: 20 * 1024 * 1024 }], course);
    expect(report.learners).toHaveLength(1);
    expect(report.notices).toEqual([{ code: 'unreadable', source: '录像.json', error: { code: 'tooLarge', megabytes: 20, limit: 5 } }]);
  });

  it('merges two files of the same learner (the same id), keeping every lesson, answer and exam of both', () => {
    const monday = file('张三-周一.json', zhang, 1000);
    const friday = file(
      '张三-周五.json',
      learner(
        ' 张三 ',
        (d) => {
          d.lessons['m/two'] = { firstVisit: 1, lastVisit: 5, completedAt: 5, seconds: 1 };
          d.exams.push(exam(0.9, true, 600));
        },
        'ZHANG001',
        '1024',
      ),
      5000,
    );
    for (const order of [
      [monday, friday],
      [friday, monday],
    ]) {
      const report = buildTeamReport(order, course);
      expect(report.learners.map((l) => [l.id, l.name, l.staffId, l.sources, l.completed, l.bestExam?.score])).toEqual([
        ['ZHANG001', '张三', '1024', ['张三-周一.json', '张三-周五.json'], 2, 0.9],
      ]);
      expect(report.notices).toEqual([{ code: 'merged', source: '张三-周五.json', into: '张三-周一.json', name: '张三', id: 'ZHANG001' }]);
    }
  });

  it('keeps two different learners of the same name apart, numbered in id order, and says so', () => {
    const a = learner('张三', (d) => (d.lessons['m/one'] = { firstVisit: 1, lastVisit: 1, completedAt: 1, seconds: 1 }), 'BBBB0002');
    const b = learner('张 三', (d) => d.exams.push(exam(0.6, false)), 'AAAA0001');
    const report = buildTeamReport([file('zs.json', a), file('zs (1).json', b)], course);
    expect(report.learners.map((l) => [l.id, l.namesake, l.completed, l.bestExam?.score ?? null])).toEqual([
      ['AAAA0001', 1, 0, 0.6],
      ['BBBB0002', 2, 1, null],
    ]);
    expect(report.lessons[0]!.completed).toBe(1);
    expect(report.notices).toEqual([
      {
        code: 'namesakes',
        source: '',
        name: '张 三',
        learners: [
          { label: report.learners[0], id: 'AAAA0001' },
          { label: report.learners[1], id: 'BBBB0002' },
        ],
      },
    ]);
    expect(report.learners.map((l) => learnerLabel(l, '{name}（工号 {staffId}）'))).toEqual(['张 三 ①', '张三 ②']);
  });

  it('tells namesakes apart by their 工号 when they gave one, numbering only rows that still read the same', () => {
    const rows = buildTeamReport(
      [
        file('a', learner('张三', undefined, 'AAAA0001', '1024')),
        file('b', learner('张三', undefined, 'BBBB0002', '2048')),
        file('c', learner('张三', undefined, 'CCCC0003')),
        file('d', learner('张三', undefined, 'DDDD0004')),
      ],
      course,
    ).learners;
    expect(rows.map((l) => learnerLabel(l, '{name}（工号 {staffId}）'))).toEqual(['张三 ①', '张三 ②', '张三（工号 1024）', '张三（工号 2048）']);
  });

  it('never merges files without an id (exported before ids existed) by name: each is a row, with a notice', () => {
    const old = (change: (d: Record<string, unknown>) => void) => {
      const data: Record<string, unknown> = { ...zhang };
      delete data.learnerId;
      change(data);
      return { name: 'old.json', text: JSON.stringify({ format: 'cs-course-progress', version: 2, exportedAt: 1, data }) };
    };
    const report = buildTeamReport([old(() => {}), { ...old(() => {}), name: 'old-2.json' }, file('new.json', zhang)], course);
    expect(report.learners.map((l) => [l.id, l.sources, l.namesake])).toEqual([
      ['ZHANG001', ['new.json'], 1],
      ['', ['old.json'], 2],
      ['', ['old-2.json'], 3],
    ]);
    expect(report.notices.filter((n) => n.code === 'noId')).toEqual([
      { code: 'noId', source: 'old.json', name: '张三' },
      { code: 'noId', source: 'old-2.json', name: '张三' },
    ]);
  });

  it('names a learner without a name by the file, with a notice', () => {
    const report = buildTeamReport([file('一组/小王.json', learner(''))], course);
    expect(report.learners[0]!.name).toBe('小王');
    expect(report.notices).toEqual([{ code: 'noName', source: '一组/小王.json', name: '小王' }]);
  });

  it('keeps hostile text as the text it is, for the page to show as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const report = buildTeamReport([file('x.json', learner(name))], course);
    expect(report.learners[0]!.name).toBe(name);
  });
});

describe('circled', () => {
  it('marks namesakes ① to ⑳, then (21)', () => {
    expect([1, 2, 20, 21].map(circled)).toEqual(['①', '②', '⑳', '(21)']);
  });
});

describe('the report as sheets', () => {
  const words = { withStaffId: '{name}（工号 {staffId}）', notTaken: '未参加', passed: '通过', failed: '未通过' };
  const report = buildTeamReport(
    [
      file(
        'a.json',
        learner(
          '张三',
          (d) => {
            d.lessons['m/one'] = { firstVisit: 1, lastVisit: 1, completedAt: 1, seconds: 1 };
            d.attempts.q1 = [{ at: Date.UTC(2026, 10, 25, 1, 30), correct: false, score: 0, source: 'lesson' }];
            d.exams.push(exam(0.08, false, 5));
          },
          'AAAA0001',
          '1024',
        ),
      ),
      file(
        'b.json',
        learner('李四', (d) => d.exams.push(exam(1, true)), 'BBBB0002'),
      ),
    ],
    course,
  );
  const sheets = [learnerSheet(report, 30, words), lessonSheet(report), hardestSheet(report, (id) => ({ stem: `题 ${id}`, lesson: '第一课' }))];

  it('keeps counts, shares and times as numbers, with each column its kind', () => {
    expect(sheets[0]!.rows).toEqual([
      ['李四', '', 'BBBB0002', 0, 30, 0, 500, 1, '模拟卷', '通过', 'b.json'],
      ['张三（工号 1024）', '1024', 'AAAA0001', 1, 30, 1 / 30, Date.UTC(2026, 10, 25, 1, 30), 0.08, '模拟卷', '未通过', 'a.json'],
    ]);
    expect(sheets[1]!.rows[0]).toEqual(['第一课', 1, 2, 0.5]);
    expect(sheets[2]!.rows).toEqual([['题 q1', '第一课', 1, 1, 1, 1, 1]]);
  });

  it('as CSV text: plain numbers, percentages without the sign under a "（%）" header, sortable times', () => {
    const text = sheetText(
      sheets[0]!,
      (key) => key,
      (ms) => `t${ms}`,
    );
    expect(text[0]).toEqual(['name', 'staffId', 'learnerId', 'completed', 'total', 'completion（%）', 'last', 'exam（%）', 'paper', 'passed', 'file']);
    expect(text[2]).toEqual(['张三（工号 1024）', '1024', 'AAAA0001', '1', '30', '3.3', `t${Date.UTC(2026, 10, 25, 1, 30)}`, '8', '模拟卷', '未通过', 'a.json']);
  });

  it('as an Excel workbook: number cells with number and percent formats, date cells, text as text', async () => {
    const headers = (sheet: (typeof sheets)[number]) => sheet.columns.map((c) => `列 ${c.key}`);
    const buffer = await workbookBuffer(
      sheets.map((sheet) => ({ name: sheet.key, headers: headers(sheet), sheet })),
      ExcelJS,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['learners', 'lessons', 'hardest']);
    const learners = book.getWorksheet('learners')!;
    expect(learners.getRow(1).getCell(6).value).toBe('列 completion');
    const zhangRow = learners.getRow(3);
    const cell = (c: number) => zhangRow.getCell(c);
    expect([cell(1).type, cell(1).value]).toEqual([ExcelJS.ValueType.String, '张三（工号 1024）']);
    expect([cell(2).type, cell(2).value]).toEqual([ExcelJS.ValueType.String, '1024']);
    expect([cell(4).type, cell(4).value, cell(4).numFmt]).toEqual([ExcelJS.ValueType.Number, 1, '0']);
    expect([cell(5).type, cell(5).value, cell(5).numFmt]).toEqual([ExcelJS.ValueType.Number, 30, '0']);
    expect([cell(6).type, cell(6).numFmt]).toEqual([ExcelJS.ValueType.Number, '0%']);
    expect(cell(6).value).toBeCloseTo(1 / 30);
    expect([cell(8).type, cell(8).value, cell(8).numFmt]).toEqual([ExcelJS.ValueType.Number, 0.08, '0%']);
    expect([cell(7).type, cell(7).numFmt]).toEqual([ExcelJS.ValueType.Date, 'yyyy-mm-dd hh:mm']);
    // Excel shows the time the trainer would read on the page (local wall-clock time).
    const when = cell(7).value as Date;
    expect(when.toISOString().slice(0, 16).replace('T', ' ')).toBe(localDateTime(Date.UTC(2026, 10, 25, 1, 30)));
    expect(when).toEqual(excelDate(Date.UTC(2026, 10, 25, 1, 30)));
    // Sorting by the score column puts 8% before 100%: numbers, not text.
    const scores = [2, 3].map((r) => learners.getRow(r).getCell(8).value as number).sort((x, y) => x - y);
    expect(scores).toEqual([0.08, 1]);
    const lessons = book.getWorksheet('lessons')!;
    expect([2, 3, 4].map((c) => [lessons.getRow(2).getCell(c).value, lessons.getRow(2).getCell(c).numFmt])).toEqual([
      [1, '0'],
      [2, '0'],
      [0.5, '0%'],
    ]);
    const hardest = book.getWorksheet('hardest')!;
    expect(hardest.getRow(2).values).toEqual([undefined, '题 q1', '第一课', 1, 1, 1, 1, 1]);
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const sheet = { key: 'learners' as const, columns: [{ key: 'name', kind: 'text' as const }], rows: [['=1+2'], ['@SUM(A1)']] };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await workbookBuffer([{ name: 's', headers: ['学员'], sheet }], ExcelJS));
    expect(book.worksheets[0]!.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(book.worksheets[0]!.getRow(3).getCell(1).value).toBe('@SUM(A1)');
  });
});

describe('progress files for the trainer', () => {
  it('reads an exported file on its own, with the time it was exported', () => {
    const read = readProgressFile(exportProgress(learner('张三'), 1234));
    expect(read).toMatchObject({ ok: true, exportedAt: 1234, data: { learnerName: '张三' } });
    expect(readProgressFile('not json')).toEqual({ ok: false, error: { code: 'notProgress' } });
  });

  it('names the file after the learner, without characters file systems refuse', () => {
    expect(trainerFileName('王小明', '2026-11-29')).toBe('学习记录-王小明-2026-11-29.json');
    expect(trainerFileName('a/b:c*<d>', '2026-11-29')).toBe('学习记录-abcd-2026-11-29.json');
    expect(trainerFileName('  ', '2026-11-29')).toBe('学习记录-2026-11-29.json');
  });
});
