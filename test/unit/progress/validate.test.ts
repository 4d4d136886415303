import { describe, expect, it } from 'vitest';
import { emptyProgress, validateProgress } from '../../../src/lib/progress/validate.ts';
import type { ProgressData } from '../../../src/lib/progress/types.ts';
import { sampleProgress } from './fixtures.ts';

/** Sample progress with `change` applied to a plain JSON copy of it. */
function damaged(change: (data: ProgressData) => void): unknown {
  const data = JSON.parse(JSON.stringify(sampleProgress())) as ProgressData;
  change(data);
  return data;
}

describe('validateProgress', () => {
  it('keeps valid progress as it is', () => {
    expect(validateProgress(sampleProgress())).toEqual({ data: sampleProgress(), dropped: [] });
  });

  it('keeps the custom path followed with its link, and a named path without one', () => {
    for (const path of [
      { id: 'custom', since: 5, link: '?p=k3ut.ruza&t=%E7%AC%AC%E4%B8%80%E5%91%A8' },
      { id: 'new-hire', since: 5 },
    ]) {
      expect(validateProgress({ ...sampleProgress(), path })).toEqual({ data: { ...sampleProgress(), path }, dropped: [] });
    }
  });

  it('returns a copy, not the input', () => {
    const input = sampleProgress();
    validateProgress(input).data.attempts['greeting-01']!.push({ at: 1, correct: true, score: 1, source: 'review' });
    expect(input).toEqual(sampleProgress());
  });

  it.each([null, undefined, 'text', 42, [], [sampleProgress()]])('gives empty progress and one reason for %j', (raw) => {
    const { data, dropped } = validateProgress(raw);
    expect(data).toEqual(emptyProgress(0));
    expect(dropped).toHaveLength(1);
  });

  it.each<[string, (data: ProgressData) => void, string]>([
    ['a score above 1', (d) => (d.attempts['greeting-01']![1]!.score = 2), 'attempts["greeting-01"][1]: score must be a number between 0 and 1'],
    ['an unknown source', (d) => (d.attempts['greeting-01']![0]!.source = 'quiz' as never), 'attempts["greeting-01"][0]: source must be one of lesson, practice, exam, review'],
    ['a correct flag given as text', (d) => (d.attempts['listening-02']![0]!.correct = 'yes' as never), 'attempts["listening-02"][0]: correct must be true or false'],
    ['an over-long answer', (d) => (d.attempts['greeting-01']![0]!.answer = '好'.repeat(201)), 'attempts["greeting-01"][0]: answer must be text of at most 200 characters'],
    ['a missing time', (d) => Reflect.deleteProperty(d.attempts['greeting-01']![0]!, 'at'), 'attempts["greeting-01"][0]: at must be a time in milliseconds'],
    ['attempts that are not a list', (d) => (d.attempts['listening-02'] = { at: 1 } as never), 'attempts["listening-02"]: must be a list'],
    ['negative study time', (d) => (d.lessons['basics/listening']!.seconds = -5), 'lessons["basics/listening"]: seconds must be a number not below 0'],
    ['a lesson that is not an object', (d) => (d.lessons['basics/listening'] = 'done' as never), 'lessons["basics/listening"]: must be an object'],
    [
      'a completion time given as text',
      (d) => (d.lessons['basics/greeting']!.completedAt = '2024-05-01' as never),
      'lessons["basics/greeting"]: completedAt must be a time in milliseconds',
    ],
    ['an exam without question ids', (d) => (d.exams[0]!.questionIds = 'greeting-01' as never), 'exams[0]: questionIds must be a list of question ids'],
    ['an exam with a broken module score', (d) => (d.exams[0]!.byModule.basics = { score: 8 } as never), 'exams[0]: byModule must give each module a score and a total'],
    ['a fractional seed', (d) => (d.exams[0]!.seed = 1.5), 'exams[0]: seed must be a whole number'],
    ['an empty notebook streak', (d) => (d.notebook['listening-02']!.streak = null as never), 'notebook["listening-02"]: streak must be a number not below 0'],
    ['a practice position given as text', (d) => (d.practice['basics-drill'] = 'last' as never), 'practice["basics-drill"]: position must be a number not below 0'],
    ['a prototype-polluting id', (d) => (d.lessons = JSON.parse('{"__proto__": {"firstVisit": 1}}') as ProgressData['lessons']), 'lessons["__proto__"]: is not a usable id'],
    ['a learner name that is not text', (d) => (d.learnerName = 7 as never), 'learnerName must be text'],
    ['exams that are not a list', (d) => (d.exams = {} as never), 'exams must be a list'],
    ['a missing notebook', (d) => Reflect.deleteProperty(d, 'notebook'), 'notebook must be an object'],
    ['a custom path link that is not text', (d) => (d.path = { id: 'custom', since: 1, link: 5 as never }), 'path: link must be text'],
  ])('drops %s and says why', (_case, change, reason) => {
    expect(validateProgress(damaged(change)).dropped).toEqual([reason]);
  });

  it('keeps every valid part next to the invalid ones', () => {
    const { data, dropped } = validateProgress(
      damaged((d) => {
        d.attempts['greeting-01']![0]!.score = -1;
        d.lessons['basics/listening']!.firstVisit = 'yesterday' as never;
        d.exams.push({ id: 'exam-2' } as never);
        d.notebook.x = 5 as never;
      }),
    );
    const expected = sampleProgress();
    expected.attempts['greeting-01']!.shift();
    delete expected.lessons['basics/listening'];
    expect(data).toEqual(expected);
    expect(dropped).toHaveLength(4);
  });

  it('leaves out fields it does not know', () => {
    const { data, dropped } = validateProgress(damaged((d) => Object.assign(d.lessons['basics/greeting']!, { colour: 'red' })));
    expect(data.lessons['basics/greeting']).not.toHaveProperty('colour');
    expect(dropped).toEqual([]);
  });

  it('reports a wrong version but keeps the data', () => {
    const { data, dropped } = validateProgress({ ...sampleProgress(), version: 4 });
    expect(data).toEqual(sampleProgress());
    expect(dropped).toEqual(['version must be 3']);
  });
});

describe('emptyProgress', () => {
  it('starts with nothing recorded at the given time', () => {
    expect(emptyProgress(7)).toEqual({
      version: 3,
      learnerName: '',
      learnerId: '',
      staffId: '',
      lessons: {},
      attempts: {},
      exams: [],
      notebook: {},
      practice: {},
      favourites: {},
      pathSteps: {},
      updatedAt: 7,
    });
  });
});

describe('validateProgress of version 2 parts', () => {
  const session = { paper: 'mock', seed: 7, startedAt: 1, left: 5000, answers: { q1: { type: 'single', selected: 2 } }, flags: ['q2'], savedAt: 3 };

  it('keeps an exam under way and starred questions', () => {
    const { data, dropped } = validateProgress({ ...sampleProgress(), examSession: session });
    expect(dropped).toEqual([]);
    expect(data.examSession).toEqual(session);
    expect(data.favourites).toEqual({ 'greeting-01': 1300 });
  });

  it('keeps a session whose timer was switched off (no time left saved)', () => {
    const off: Partial<typeof session> = { ...session };
    delete off.left;
    expect(validateProgress({ ...sampleProgress(), examSession: off }).data.examSession).toEqual(off);
  });

  it.each([
    ['an answer without its type', { ...session, answers: { q1: { selected: 2 } } }, 'examSession: answers must give each question an answer object with its type'],
    ['flags that are not ids', { ...session, flags: [1] }, 'examSession: flags must be a list of question ids'],
    ['a negative time left', { ...session, left: -1 }, 'examSession: left must be a number not below 0'],
  ])('drops a session with %s and says why, keeping the rest', (_name, examSession, problem) => {
    const { data, dropped } = validateProgress({ ...sampleProgress(), examSession });
    expect(data.examSession).toBeUndefined();
    expect(dropped).toEqual([problem]);
    expect(data.favourites).toEqual({ 'greeting-01': 1300 });
  });

  it('drops a favourite whose time is not a time', () => {
    const { data, dropped } = validateProgress({ ...sampleProgress(), favourites: { a: 'yesterday', b: 5 } });
    expect(data.favourites).toEqual({ b: 5 });
    expect(dropped).toEqual(['favourites["a"]: at must be a time in milliseconds']);
  });

  it('keeps the new fields of an exam record', () => {
    const exam = { ...sampleProgress().exams[0]!, paper: 'quick', points: 12, maxPoints: 15, answered: 14, unanswered: 1, pending: 0 };
    expect(validateProgress({ ...sampleProgress(), exams: [exam] }).data.exams).toEqual([exam]);
  });
});
