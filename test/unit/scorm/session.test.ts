import { describe, expect, it } from 'vitest';
import { findApi, LmsSession, type Api12, type Api2004, type WindowLike } from '../../../src/lib/scorm/session.ts';
import { encodeSuspend } from '../../../src/lib/scorm/suspend.ts';
import { markComplete, recordAttempt, recordVisit } from '../../../src/lib/progress/record.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';

/** A SCORM 2004 API that keeps what it is told and logs each call. */
function fakeApi2004(stored: Record<string, string> = {}) {
  const calls: string[] = [];
  const values = { ...stored };
  const api: Api2004 = {
    Initialize: () => (calls.push('Initialize'), 'true'),
    Terminate: () => (calls.push('Terminate'), 'true'),
    GetValue: (k) => values[k] ?? '',
    SetValue: (k, v) => (calls.push(`${k}=${v}`), (values[k] = v), 'true'),
    Commit: () => (calls.push('Commit'), 'true'),
  };
  return { api, calls, values };
}

const course = { lessonIds: ['m/a', 'm/b'], questionTypes: { q1: 'single' } as const, papers: [{ id: 'mock', full: true }] };
const ids = { lessonIds: course.lessonIds, questionIds: ['q1'] };

describe('findApi', () => {
  const api12 = { LMSInitialize: () => 'true' };
  const api2004 = { Initialize: () => 'true' };

  it('finds the API in a parent frame, the nearest first', () => {
    const top: WindowLike = { API: api12 };
    const lms: WindowLike = { parent: top, API_1484_11: api2004 };
    const sco: WindowLike = { parent: lms };
    expect(findApi(sco)).toEqual({ version: '2004', api: api2004 });
    expect(findApi({ parent: top })).toEqual({ version: '1.2', api: api12 });
  });

  it('finds it in the opener and its frames when the course is a pop-up', () => {
    const opener: WindowLike = { parent: { API: api12 } };
    const popup: WindowLike = {};
    popup.parent = popup;
    popup.opener = opener;
    expect(findApi(popup)).toEqual({ version: '1.2', api: api12 });
  });

  it('finds nothing outside an LMS, nor behind a frame of another origin', () => {
    const self: WindowLike = {};
    self.parent = self;
    expect(findApi(self)).toBeNull();
    const foreign = Object.defineProperty({}, 'API', {
      get: () => {
        throw new Error('cross-origin');
      },
    }) as WindowLike;
    expect(findApi({ parent: foreign })).toBeNull();
    expect(findApi({ API: { LMSInitialize: 'not a function' } })).toBeNull();
  });
});

describe('LmsSession', () => {
  it('reads the suspend data and location the LMS kept, and asks it to keep them on exit', () => {
    const kept = emptyProgress(5);
    recordVisit(kept, 'm/b', 7);
    const { api, values } = fakeApi2004({ 'cmi.suspend_data': encodeSuspend(kept), 'cmi.location': 'm/b' });
    const started = new LmsSession({ version: '2004', api }, course).start(ids)!;
    expect(started.location).toBe('m/b');
    expect(started.restored!.lessons['m/b']).toEqual({ firstVisit: 7, lastVisit: 7, seconds: 0 });
    expect(values['cmi.exit']).toBe('suspend');
  });

  it('sends only what changed, each new answer once, and commits at completions and exams', () => {
    const { api, calls } = fakeApi2004({ 'cmi.interactions._count': '2' });
    const session = new LmsSession({ version: '2004', api }, course);
    session.start(ids);
    const data = emptyProgress(0);
    recordAttempt(data, 'q1', { at: 1, correct: true, score: 1, source: 'lesson' });
    session.knownAnswers(data);
    calls.length = 0;

    recordVisit(data, 'm/a', 10);
    session.report(data);
    expect(calls).toContain('cmi.location=m/a');
    expect(calls).not.toContain('Commit');
    expect(calls.some((c) => c.startsWith('cmi.interactions'))).toBe(false);

    calls.length = 0;
    session.report(data);
    expect(calls).toEqual([]);

    recordAttempt(data, 'q1', { at: 20, correct: false, score: 0, source: 'lesson' });
    markComplete(data, 'm/a', 21);
    session.report(data);
    // Interactions continue after the two the LMS had.
    expect(calls).toEqual(expect.arrayContaining(['cmi.interactions.2.id=q1', 'cmi.interactions.2.result=incorrect', 'Commit']));
    expect(calls.filter((c) => c === 'Commit')).toHaveLength(1);
  });

  it('terminates once, with the session time', () => {
    const { api, calls } = fakeApi2004();
    const session = new LmsSession({ version: '2004', api }, course, 0);
    session.start(ids);
    session.finish(emptyProgress(0), 61_000);
    session.finish(emptyProgress(0), 62_000);
    expect(calls.filter((c) => c === 'Terminate')).toHaveLength(1);
    expect(calls).toContain('cmi.session_time=PT0H1M1S');
  });

  it('speaks SCORM 1.2 to a 1.2 API', () => {
    const log: string[] = [];
    const api: Api12 = {
      LMSInitialize: () => 'true',
      LMSFinish: () => (log.push('LMSFinish'), 'true'),
      LMSGetValue: () => '',
      LMSSetValue: (k, v) => (log.push(`${k}=${v}`), 'true'),
      LMSCommit: () => (log.push('LMSCommit'), 'true'),
    };
    const session = new LmsSession({ version: '1.2', api }, course, 0);
    session.start(ids);
    session.finish(emptyProgress(0), 1000);
    expect(log).toEqual(expect.arrayContaining(['cmi.core.exit=suspend', 'cmi.core.lesson_status=incomplete', 'cmi.core.session_time=0000:00:01', 'LMSCommit', 'LMSFinish']));
  });

  it('does nothing when the LMS refuses the session', () => {
    const { api, calls } = fakeApi2004();
    api.Initialize = () => 'false';
    const session = new LmsSession({ version: '2004', api }, course);
    expect(session.start(ids)).toBeNull();
    session.report(emptyProgress(0));
    session.finish(emptyProgress(0));
    expect(calls).toEqual([]);
  });
});
