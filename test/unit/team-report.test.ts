import { describe, expect, it } from 'vitest';
import { exportProgress, readProgressFile, trainerFileName } from '../../src/lib/progress/transfer.ts';
import type { ProgressData } from '../../src/lib/progress/types.ts';
import { buildTeamReport as build, HARDEST_COUNT, learnerTable, noticeText } from '../../src/lib/team-report.ts';
import { t, type UiKey } from '../../src/lib/i18n.ts';

/** The page's words for a notice: the team page's own, and the progress page's for why a file could not be read. */
const label = (key: string) => t((key.startsWith('file.') ? `progressFile.${key.slice(5)}` : `team.${key}`) as UiKey);

/** The report with its notices worded as the trainer reads them. */
function buildTeamReport(...args: Parameters<typeof build>) {
  const report = build(...args);
  return { ...report, notices: report.notices.map((n) => ({ file: n.file, message: noticeText(n, label) })) };
}

const course = {
  lessons: [
    { id: 'm/one', title: '第一课' },
    { id: 'm/two', title: '第二课' },
    { id: 'm/three', title: '第三课' },
  ],
  questions: new Set(['q1', 'q2', 'q3']),
};

function learner(name: string, change: (data: ProgressData) => void = () => {}): ProgressData {
  const data: ProgressData = { version: 3, learnerName: name, lessons: {}, attempts: {}, exams: [], notebook: {}, practice: {}, favourites: {}, pathSteps: {}, updatedAt: 1 };
  change(data);
  return data;
}
const file = (name: string, data: ProgressData, exportedAt = 1000) => ({ name, text: exportProgress(data, exportedAt) });
const exam = (score: number, passed: boolean, submittedAt = 500) => ({ id: `e${score}`, seed: 1, startedAt: 1, submittedAt, score, passed, passMark: 0.8, questionIds: [], byModule: {} });

describe('buildTeamReport', () => {
  const zhang = learner('张三', (d) => {
    d.lessons['m/one'] = { firstVisit: 10, lastVisit: 20, completedAt: 20, seconds: 60 };
    d.lessons['m/two'] = { firstVisit: 30, lastVisit: 40, seconds: 60 };
    d.attempts.q1 = [{ at: 900, correct: false, score: 0, source: 'lesson' }, { at: 950, correct: true, score: 1, source: 'lesson' }];
    d.exams.push(exam(0.7, false, 300), exam(0.85, true, 400));
  });
  const li = learner('李四', (d) => {
    d.lessons['m/one'] = { firstVisit: 10, lastVisit: 2000, completedAt: 2000, seconds: 60 };
    d.lessons['m/three'] = { firstVisit: 10, lastVisit: 20, completedAt: 20, seconds: 60 };
    d.lessons['gone/lesson'] = { firstVisit: 10, lastVisit: 20, completedAt: 20, seconds: 60 };
    d.attempts.q1 = [{ at: 100, correct: false, score: 0, source: 'practice' }];
    d.attempts.q2 = [{ at: 100, correct: false, score: 0, source: 'practice' }, { at: 110, correct: false, score: 0, source: 'practice' }];
    d.attempts.removed = [{ at: 100, correct: false, score: 0, source: 'practice' }];
  });

  it('gives one row per learner: lessons completed of the course, last activity, best exam', () => {
    const report = buildTeamReport([file('zhang.json', zhang), file('li.json', li)], course);
    expect(report.learners).toEqual([
      { name: '李四', file: 'li.json', completed: 2, lastActivity: 2000, bestExam: null },
      { name: '张三', file: 'zhang.json', completed: 1, lastActivity: 950, bestExam: { score: 0.85, passed: true } },
    ]);
    expect(report.notices).toEqual([]);
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
      { file: '照片.png', message: '不是本课程导出的学习记录文件，已跳过' },
      { file: 'notes.json', message: '不是本课程导出的学习记录文件，已跳过' },
    ]);
  });

  it('skips a file too large to be a progress export, saying its size and the limit', () => {
    const report = buildTeamReport([file('a.json', zhang), { name: '录像.json', text: '', bytes: 20 * 1024 * 1024 }], course);
    expect(report.learners).toHaveLength(1);
    expect(report.notices).toEqual([
      { file: '录像.json', message: '无法读取，已跳过：这个文件有 20 MB，太大了：学习记录文件最大 5 MB（一年的学习记录也不到 1 MB）。请确认选的是“导出学习记录”或“发给培训师”保存的 .json 文件。' },
    ]);
  });

  it('counts two files of the same learner once, the later export, and says so', () => {
    const older = file('张三-周一.json', zhang, 1000);
    const newer = file('张三-周五.json', learner(' 张三 ', (d) => (d.lessons['m/two'] = { firstVisit: 1, lastVisit: 5, completedAt: 5, seconds: 1 })), 5000);
    for (const order of [[older, newer], [newer, older]]) {
      const report = buildTeamReport(order, course);
      expect(report.learners.map((l) => [l.file, l.completed])).toEqual([['张三-周五.json', 1]]);
      expect(report.notices).toEqual([{ file: '张三-周一.json', message: '和“张三-周五.json”是同一位学员（张三）的记录，只统计较新导出的“张三-周五.json”' }]);
    }
  });

  it('names a learner without a name by the file, with a notice', () => {
    const report = buildTeamReport([file('小王.json', learner(''))], course);
    expect(report.learners[0]!.name).toBe('小王');
    expect(report.notices[0]!.message).toMatch(/没有填写姓名/);
  });

  it('keeps hostile text as the text it is, for the page to show as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const report = buildTeamReport([file('x.json', learner(name))], course);
    expect(report.learners[0]!.name).toBe(name);
  });
});

describe('learnerTable', () => {
  it('gives a header and one row of text per learner, for CSV and Excel', () => {
    const report = build([file('a.json', learner('张三', (d) => d.exams.push(exam(0.9, true))))], course);
    const words = { header: ['学员', '已学完', '最近', '最高分', '通过', '文件'], notTaken: '未参加', passed: '通过', failed: '未通过', date: (ms: number) => `t${ms}` };
    expect(learnerTable(report, 30, words)).toEqual([words.header, ['张三', '0 / 30', 't500', '90%', '通过', 'a.json']]);
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
