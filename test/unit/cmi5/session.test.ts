import { describe, expect, it } from 'vitest';
import { Cmi5Session, type Cmi5Sender } from '../../../src/lib/cmi5/session.ts';
import { iris, stateDocument, emptyMemo, type AuCourse, type LaunchInfo, type StateDocument } from '../../../src/lib/cmi5/statements.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import type { ProgressData } from '../../../src/lib/progress/types.ts';

const launch: LaunchInfo = { actor: { mbox: 'mailto:w@example.cn' }, registration: 'r-1', activityId: iris.au('exam') };
const examAu: AuCourse = { kind: 'exam', lessonIds: ['m/a'], questionTypes: { q1: 'single' }, masteryScore: 0.6, launchMode: 'Normal', papers: [{ id: 'mock', full: true }] };
const ids = { lessonIds: ['m/a'], questionIds: ['q1'] };

/** A sender that logs every call, answers slowly, and can be told to fail a verb. */
function fakeSender(kept?: StateDocument, failOn?: string) {
  const calls: string[] = [];
  let state: StateDocument | undefined = kept;
  const slow = (name: string) => new Promise<void>((resolve, reject) => setTimeout(() => (calls.push(name), name === failOn ? reject(new Error(`no ${name}`)) : resolve()), 2));
  const sender: Cmi5Sender = {
    statement: (s) => slow(s.verb.id.split('/').pop()!),
    progress: (p) => slow(`progressed ${p}`),
    complete: () => slow('completed'),
    pass: (score) => slow(`passed ${score.scaled}`),
    fail: (score) => slow(`failed ${score.scaled}`),
    terminate: () => slow('terminated'),
    getState: () => (state ? Promise.resolve(structuredClone(state)) : Promise.reject(new Error('404'))),
    setState: (doc) => ((state = doc), calls.push('state'), Promise.resolve()),
  };
  return { sender, calls, state: () => state };
}
const withExam = (score: number, at: number, base: ProgressData = emptyProgress(0)): ProgressData => ({
  ...base,
  attempts: { ...base.attempts, q1: [...(base.attempts.q1 ?? []), { at, correct: score > 0.5, score: 1, source: 'exam' }] },
  exams: [...base.exams, { id: `e${at}`, seed: 1, startedAt: at, submittedAt: at + 1, score, passed: score >= 0.6, passMark: 0.6, questionIds: [], byModule: {} }],
});

describe('Cmi5Session', () => {
  it('sends each report in order after the one before, saves the state, and terminates last and once', async () => {
    const { sender, calls } = fakeSender();
    const session = new Cmi5Session(sender, launch, examAu);
    expect(await session.restore(ids)).toBeNull();
    session.start(emptyProgress(0));
    const first = withExam(0.4, 10);
    void session.report(first);
    const second = withExam(0.8, 20, first);
    void session.report(second);
    await Promise.all([session.finish(second), session.finish(second)]);
    expect(calls).toEqual(['answered', 'completed', 'failed 0.4', 'state', 'answered', 'passed 0.8', 'state', 'state', 'terminated']);
    // After "terminated" nothing more is sent.
    await session.report(withExam(0.9, 30, second));
    expect(calls.at(-1)).toBe('terminated');
  });

  it('a second launch restores progress and what was sent, and does not complete or pass again', async () => {
    const data = withExam(0.8, 10);
    const { sender, calls } = fakeSender(stateDocument(data, { ...emptyMemo(), completed: true, passed: true }));
    const session = new Cmi5Session(sender, launch, examAu);
    const restored = await session.restore(ids);
    expect(restored!.exams.map((e) => Math.round(e.score * 100))).toEqual([80]);
    session.start(restored!);
    await session.report(withExam(0.9, 40, restored!));
    expect(calls).toEqual(['answered', 'state']);
  });

  it('says what failed, and lets finish be tried again', async () => {
    const { sender, calls } = fakeSender(undefined, 'terminated');
    const session = new Cmi5Session(sender, launch, examAu);
    session.start(emptyProgress(0));
    const errors: unknown[] = [];
    await session.report(withExam(0.4, 10), (e) => errors.push(e));
    expect(errors).toEqual([]);
    await expect(session.finish(withExam(0.4, 10))).rejects.toThrow('no terminated');
    await expect(session.finish(withExam(0.4, 10))).rejects.toThrow('no terminated');
    expect(calls.filter((c) => c === 'terminated')).toHaveLength(2);
  });
});
