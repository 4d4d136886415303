import { describe, expect, it } from 'vitest';
import {
  answeredStatement,
  emptyMemo,
  examScore,
  iris,
  knowAll,
  lessonStatement,
  planReport,
  readStateDocument,
  stateDocument,
  VERBS,
  type AuCourse,
  type LaunchInfo,
} from '../../../src/lib/cmi5/statements.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import type { Attempt, ExamRecord, ProgressData } from '../../../src/lib/progress/types.ts';

const course: AuCourse = {
  kind: 'course',
  lessonIds: ['m/a', 'm/b'],
  questionTypes: { q1: 'single', q2: 'case' },
  launchMode: 'Normal',
  papers: [
    { id: 'mock', full: true },
    { id: 'quick', full: false },
  ],
};
const examAu: AuCourse = { ...course, kind: 'exam', masteryScore: 0.6 };
const launch: LaunchInfo = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.cn', name: 'wang' } },
  registration: 'f1b4a5e2-0c4f-4d36-9f41-2b7c5b1f2a10',
  activityId: 'https://lms.example.cn/au/1',
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: iris.au('course') }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
  },
};
const attempt = (at: number, correct: boolean, answer?: string): Attempt => ({ at, correct, score: correct ? 1 : 0, source: 'lesson', ...(answer ? { answer } : {}) });
const exam = (id: string, score: number, at: number, extra: Partial<ExamRecord> = {}): ExamRecord => ({
  id,
  seed: 1,
  startedAt: at,
  submittedAt: at + 10,
  score,
  passed: score >= 0.6,
  passMark: 0.6,
  questionIds: [],
  byModule: {},
  ...extra,
});
function data(parts: Partial<ProgressData> = {}): ProgressData {
  return { ...emptyProgress(0), ...parts };
}
const lesson = (completedAt?: number) => ({ firstVisit: 1, lastVisit: 2, seconds: 0, ...(completedAt ? { completedAt } : {}) });

describe('allowed statements', () => {
  it('an answer: the question as a cmi.interaction, success, response and score, in the launch registration under the AU', () => {
    const s = answeredStatement(launch, { id: 'communication-01', type: 'truefalse' }, attempt(Date.UTC(2026, 0, 2), false, '错'), 'id-1');
    expect(s).toMatchObject({
      id: 'id-1',
      actor: launch.actor,
      verb: { id: VERBS.answered },
      object: { id: iris.question('communication-01'), definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'true-false' } },
      result: { success: false, response: '错', score: { scaled: 0 } },
      timestamp: '2026-01-02T00:00:00.000Z',
    });
    expect(s.context!.registration).toBe(launch.registration);
    // The LMS's context template stays (session id, publisher id); the AU is the parent; no cmi5 category.
    expect(s.context!.extensions).toEqual(launch.contextTemplate!.extensions);
    expect(s.context!.contextActivities).toEqual({ grouping: launch.contextTemplate!.contextActivities!.grouping, parent: [{ objectType: 'Activity', id: launch.activityId }] });
  });

  it('an answer without text has no response; a case question is long-fill-in', () => {
    const s = answeredStatement(launch, { id: 'q2', type: 'case' }, attempt(1, true), 'id-2');
    expect(s.result).not.toHaveProperty('response');
    expect(s.object.definition).toMatchObject({ interactionType: 'long-fill-in' });
  });

  it('a lesson completed is a "completed" statement on the lesson, not on the AU', () => {
    const s = lessonStatement(launch, { id: 'service/why', title: '为什么' }, 5, 'id-3');
    expect(s.object).toEqual({
      objectType: 'Activity',
      id: iris.lesson('service/why'),
      definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'zh-CN': '为什么' } },
    });
    expect(s.verb.id).toBe(VERBS.completed);
    expect(s.object.id).not.toBe(launch.activityId);
  });
});

describe('planReport', () => {
  it('course AU: new answers and lessons oldest first, then progress; completed once every lesson is', () => {
    const memo = emptyMemo();
    const first = planReport(data({ attempts: { q1: [attempt(30, true)] }, lessons: { 'm/a': lesson(20) } }), memo, course);
    expect(first.map((s) => s.kind)).toEqual(['lesson', 'answered', 'progress']);
    expect(first[2]).toEqual({ kind: 'progress', percent: 50 });
    // Nothing new: nothing to send.
    expect(planReport(data({ attempts: { q1: [attempt(30, true)] }, lessons: { 'm/a': lesson(20) } }), memo, course)).toEqual([]);
    const all = planReport(data({ attempts: { q1: [attempt(30, true)] }, lessons: { 'm/a': lesson(20), 'm/b': lesson(40) } }), memo, course);
    expect(all.map((s) => s.kind)).toEqual(['lesson', 'completed']);
    expect(planReport(data({ lessons: { 'm/a': lesson(20), 'm/b': lesson(40) } }), memo, course)).toEqual([]);
  });

  it('skips answers to questions the course does not have', () => {
    expect(planReport(data({ attempts: { gone: [attempt(1, true)] } }), emptyMemo(), course)).toEqual([]);
  });

  it('reports nothing from before the launch', () => {
    const before = data({ attempts: { q1: [attempt(1, true)] }, lessons: { 'm/a': lesson(2) }, exams: [exam('e1', 0.9, 3)] });
    const memo = emptyMemo();
    knowAll(memo, before);
    memo.progress = 50;
    expect(planReport(before, memo, course)).toEqual([]);
    expect(planReport(before, memo, examAu)).toEqual([]);
  });

  it('exam AU: completed once, then failed or passed against the mastery score; nothing after passed', () => {
    const memo = emptyMemo();
    const failed = planReport(data({ exams: [exam('e1', 0.5, 1)] }), memo, examAu);
    expect(failed.map((s) => s.kind)).toEqual(['completed', 'failed']);
    const passed = planReport(data({ exams: [exam('e1', 0.5, 1), exam('e2', 0.75, 20)] }), memo, examAu);
    expect(passed).toEqual([{ kind: 'passed', exam: expect.objectContaining({ id: 'e2' }) as unknown, scaled: 0.75 }]);
    expect(planReport(data({ exams: [exam('e1', 0.5, 1), exam('e2', 0.75, 20), exam('e3', 0.2, 40)] }), memo, examAu)).toEqual([]);
  });

  it("the mastery score the LMS gives decides, not the exam's own pass mark", () => {
    const steps = planReport(data({ exams: [exam('e1', 0.7, 1)] }), emptyMemo(), { ...examAu, masteryScore: 0.8 });
    expect(steps.at(-1)).toMatchObject({ kind: 'failed', scaled: 0.7 });
  });

  it('waits for case questions to be self-assessed before judging an exam', () => {
    const memo = emptyMemo();
    expect(planReport(data({ exams: [exam('e1', 0.3, 1, { pending: 2 })] }), memo, examAu)).toEqual([]);
    expect(planReport(data({ exams: [exam('e1', 0.7, 1, { pending: 0 })] }), memo, examAu).map((s) => s.kind)).toEqual(['completed', 'passed']);
    // A self-test (快速自测) is practice: it neither passes nor fails the exam AU.
    expect(planReport(data({ exams: [exam('e2', 0.9, 2, { paper: 'quick' })] }), emptyMemo(), examAu)).toEqual([]);
  });

  it('in Browse or Review mode sends answers but no completed, passed or failed', () => {
    const steps = planReport(data({ attempts: { q1: [attempt(1, true)] }, exams: [exam('e1', 0.9, 1)] }), emptyMemo(), { ...examAu, launchMode: 'Browse' });
    expect(steps.map((s) => s.kind)).toEqual(['answered']);
    const course100 = planReport(data({ lessons: { 'm/a': lesson(1), 'm/b': lesson(2) } }), emptyMemo(), { ...course, launchMode: 'Review' });
    expect(course100.map((s) => s.kind)).toEqual(['lesson', 'lesson']);
  });
});

describe('examScore', () => {
  it('points when the exam has them, else per cent', () => {
    expect(examScore(exam('e', 0.75, 1, { points: 75, maxPoints: 100 }), 0.75)).toEqual({ scaled: 0.75, raw: 75, min: 0, max: 100 });
    expect(examScore(exam('e', 0.5, 1), 0.5)).toEqual({ scaled: 0.5, raw: 50, min: 0, max: 100 });
  });
});

describe('the state document', () => {
  const ids = { lessonIds: ['m/a', 'm/b'], questionIds: ['q1', 'q2'] };
  it('carries progress and what was reported to the next launch', () => {
    const memo = { ...emptyMemo(), completed: true, progress: 50 };
    const progress = data({ lessons: { 'm/a': lesson(20) }, attempts: { q1: [attempt(30, true)] }, updatedAt: 40 });
    const back = readStateDocument(JSON.parse(JSON.stringify(stateDocument(progress, memo))), ids)!;
    expect(back).toMatchObject({ completed: true, passed: false, progressPercent: 50 });
    expect(back.progress!.lessons['m/a']!.completedAt).toBe(20);
    expect(back.progress!.attempts.q1).toEqual([expect.objectContaining({ at: 30, correct: true })]);
  });

  it('is null for a document of something else', () => {
    expect(readStateDocument(null, ids)).toBeNull();
    expect(readStateDocument({ format: 2, progress: '' }, ids)).toBeNull();
    expect(readStateDocument('text', ids)).toBeNull();
  });
});
