import { describe, expect, it } from 'vitest';
import { agentKey, learnerFiles, learnersFromStatements } from '../../src/lib/lrs-team.ts';
import { answeredStatement, iris, lessonStatement, VERBS, type LaunchInfo, type Statement } from '../../src/lib/cmi5/statements.ts';
import type { ProgressData } from '../../src/lib/progress/types.ts';
import { teamReportFromFiles } from '../../src/lib/team-report.ts';

const who = (name: string, account: string): LaunchInfo => ({
  actor: { objectType: 'Agent', name, account: { homePage: 'https://lms.example.cn', name: account } },
  registration: 'f1b4a5e2-0c4f-4d36-9f41-2b7c5b1f2a10',
  activityId: 'https://lms.example.cn/launch/77',
  contextTemplate: { contextActivities: { grouping: [{ id: iris.au('course') }] } },
});
const wang = who('王小红', 'wang');
const li = who('李明', 'li');
const examLaunch = (l: LaunchInfo): LaunchInfo => ({ ...l, contextTemplate: { contextActivities: { grouping: [{ id: iris.au('exam') }] } } });
const judged = (l: LaunchInfo, verb: 'passed' | 'failed', scaled: number, at: number, id: string): Statement => ({
  id,
  actor: l.actor,
  verb: { id: VERBS[verb] },
  // cmi5-defined statements name the LMS's own activity id; the publisher id is in the grouping.
  object: { id: l.activityId },
  result: { success: verb === 'passed', score: { scaled } },
  context: {
    registration: l.registration,
    contextActivities: { grouping: [{ id: iris.au('exam') }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.6 },
  },
  timestamp: new Date(at).toISOString(),
});
const attempt = (at: number, correct: boolean) => ({ at, correct, score: correct ? 1 : 0, source: 'lesson' as const, answer: correct ? '光环效应' : '信息竞争' });

const statements: Statement[] = [
  lessonStatement(wang, { id: 'm/a' }, Date.UTC(2026, 0, 1), 's1'),
  answeredStatement(wang, { id: 'q1', type: 'single' }, attempt(Date.UTC(2026, 0, 2), false), 's2'),
  answeredStatement(examLaunch(wang), { id: 'q1', type: 'single' }, attempt(Date.UTC(2026, 0, 3), true), 's3'),
  judged(wang, 'failed', 0.4, Date.UTC(2026, 0, 3), 's4'),
  judged(wang, 'passed', 0.8, Date.UTC(2026, 0, 4), 's5'),
  lessonStatement(li, { id: 'm/b' }, Date.UTC(2026, 0, 5), 's6'),
  // Another course's statement, and an initialized statement: neither is a record.
  { ...lessonStatement(li, { id: 'm/a' }, Date.UTC(2026, 0, 6), 's7'), object: { id: 'https://other.example/lesson/m/a' } },
  { id: 's8', actor: li.actor, verb: { id: VERBS.initialized }, object: { id: li.activityId }, timestamp: new Date(Date.UTC(2026, 0, 6)).toISOString() },
];

describe('learnersFromStatements', () => {
  it("gathers each learner's lessons, answers and exams", () => {
    const learners = learnersFromStatements(statements);
    expect(learners.map((l) => l.name)).toEqual(['王小红', '李明']);
    const [w, l] = learners;
    expect(w!.data.lessons['m/a']!.completedAt).toBe(Date.UTC(2026, 0, 1));
    expect(w!.data.attempts.q1!.map((a) => [a.correct, a.source, a.answer])).toEqual([
      [false, 'lesson', '信息竞争'],
      [true, 'exam', '光环效应'],
    ]);
    expect(w!.data.exams.map((e) => [e.score, e.passed, e.passMark])).toEqual([
      [0.4, false, 0.6],
      [0.8, true, 0.6],
    ]);
    expect(Object.keys(l!.data.lessons)).toEqual(['m/b']);
  });

  it('counts a statement read twice once, in any order', () => {
    const learners = learnersFromStatements([...statements].reverse().concat(statements));
    expect(learners.find((l) => l.name === '王小红')!.data.attempts.q1).toHaveLength(2);
  });

  it('tells learners apart by their account or mailbox, not by name', () => {
    expect(agentKey({ name: 'A', account: { homePage: 'https://x', name: '1' } })).not.toBe(agentKey({ name: 'A', account: { homePage: 'https://x', name: '2' } }));
    expect(agentKey({ mbox: 'mailto:A@x.cn' })).toBe(agentKey({ mbox: 'mailto:a@x.cn' }));
    expect(agentKey({ name: 'nobody' })).toBeNull();
  });
});

describe('the team report from an LRS', () => {
  it('is the same table as from files: lessons, best exam, passed', () => {
    const files = learnerFiles(learnersFromStatements(statements), 'lrs.example.cn', Date.UTC(2026, 0, 10));
    expect(files.map((f) => f.name)).toEqual(['lrs.example.cn：王小红', 'lrs.example.cn：李明']);
    const report = teamReportFromFiles(files, {
      lessons: [
        { id: 'm/a', title: 'A' },
        { id: 'm/b', title: 'B' },
      ],
      questions: new Set(['q1']),
      papers: [{ id: 'mock', title: '模拟卷', full: true }],
    });
    expect(report.notices).toEqual([]);
    expect(report.learners.map((l) => [l.name, l.completed, l.bestExam])).toEqual([
      ['李明', 1, null],
      ['王小红', 1, { score: 0.8, passed: true, paper: '模拟卷' }],
    ]);
    expect(report.hardest.map((q) => [q.id, q.learnersWrong, q.attempts])).toEqual([['q1', 1, 2]]);
  });

  it('keeps two learners of the same name apart, and gives each the same id on every read', () => {
    const answered = (account: string, id: string) => ({
      ...statements.find((s) => s.verb.id.endsWith('/answered'))!,
      id,
      actor: { name: '张三', account: { homePage: 'https://lms.example.cn', name: account } },
    });
    const read = () => learnerFiles(learnersFromStatements([answered('1024', 'a1'), answered('2048', 'a2')]), 'lrs', 0);
    const report = teamReportFromFiles(read(), { lessons: [{ id: 'm/a', title: 'A' }], questions: new Set(['q1']), papers: [] });
    expect(report.learners).toHaveLength(2);
    expect(new Set(report.learners.map((l) => l.id)).size).toBe(2);
    const learnerIds = () => read().map((f) => (JSON.parse(f.text) as { data: ProgressData }).data.learnerId);
    expect(learnerIds()).toEqual(learnerIds());
  });
});
