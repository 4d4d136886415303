import { describe, expect, it } from 'vitest';
import { decodeSuspend, encodeSuspend, idHash, SCORM12_SUSPEND_LIMIT } from '../../../src/lib/scorm/suspend.ts';
import { mergeProgress } from '../../../src/lib/progress/transfer.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import type { ProgressData } from '../../../src/lib/progress/types.ts';
import { sampleProgress } from '../progress/fixtures.ts';

const T = 1_790_000_000_000;
const ids = { lessonIds: ['basics/greeting', 'basics/listening'], questionIds: ['greeting-01', 'listening-02'] };

/** A learner who did everything in a course of 40 lessons and 400 questions, several times over. */
function heavyProgress(): { data: ProgressData; ids: typeof ids } {
  const data = emptyProgress(T);
  const lessonIds = Array.from({ length: 40 }, (_, i) => `module-${i % 8}/a-rather-long-lesson-name-${i}`);
  const questionIds = Array.from({ length: 400 }, (_, i) => `a-rather-long-lesson-name-${i % 40}-${i}`);
  lessonIds.forEach((id, i) => (data.lessons[id] = { firstVisit: T + i, lastVisit: T + 86_400_000 + i, completedAt: T + 3600_000 + i, seconds: 1234 }));
  questionIds.forEach((id, i) => (data.attempts[id] = [1, 2, 3].map((k) => ({ at: T + i * 1000 + k, correct: k === 3, score: k === 3 ? 1 : 1 / 3, source: 'practice' as const }))));
  for (let i = 0; i < 20; i++) {
    data.exams.push({
      id: `${i}-${T + i}`,
      seed: i,
      startedAt: T + i,
      submittedAt: T + i + 3_000_000,
      score: i / 20,
      passed: false,
      passMark: 0.8,
      questionIds: questionIds.slice(0, 30),
      byModule: {},
    });
  }
  data.learnerName = '欧阳'.repeat(30);
  return { data, ids: { lessonIds, questionIds } };
}

describe('SCORM suspend data', () => {
  it('gives back lessons, each question’s latest answer, exams and the name', () => {
    const data = sampleProgress();
    const back = decodeSuspend(encodeSuspend(data), ids)!;
    expect(back.lessons).toEqual(data.lessons);
    expect(back.attempts).toEqual({ 'greeting-01': [data.attempts['greeting-01']![1]], 'listening-02': data.attempts['listening-02'] });
    expect(back.exams).toEqual([{ ...data.exams[0], questionIds: [], byModule: {} }]);
    expect(back.learnerName).toBe('王小明');
    expect(back.updatedAt).toBe(data.updatedAt);
    // A wrong latest answer puts the question in the wrong-answer notebook on the other device too.
    expect(Object.keys(back.notebook)).toEqual(['listening-02']);
  });

  it('stays within SCORM 1.2’s 4,096 characters for a learner who did everything, keeping the lessons and the best exam', () => {
    const { data, ids: heavy } = heavyProgress();
    const text = encodeSuspend(data);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const back = decodeSuspend(text, heavy)!;
    expect(Object.keys(back.lessons)).toHaveLength(40);
    expect(back.exams.map((e) => e.score)).toContain(19 / 20);
    // The newest answers are the ones kept.
    const kept = Object.keys(back.attempts);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept).toContain(heavy.questionIds.at(-1));
    expect(kept).not.toContain(heavy.questionIds[0]);
  });

  it('uses the larger limit of SCORM 2004 when given', () => {
    const { data, ids: heavy } = heavyProgress();
    const back = decodeSuspend(encodeSuspend(data, 64000), heavy)!;
    expect(Object.keys(back.attempts)).toHaveLength(400);
  });

  it('skips lessons and questions the course no longer has', () => {
    const back = decodeSuspend(encodeSuspend(sampleProgress()), { lessonIds: ['basics/greeting'], questionIds: [] })!;
    expect(Object.keys(back.lessons)).toEqual(['basics/greeting']);
    expect(back.attempts).toEqual({});
  });

  it('names no id when two ids of the course share a hash', () => {
    // Two lesson ids with the same hash, found by trying names in order.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const id = `m/lesson-${i}`;
      const other = seen.get(idHash(id));
      if (other) pair = [other, id];
      seen.set(idHash(id), id);
    }
    const data = emptyProgress(T);
    data.lessons[pair[0]] = { firstVisit: T, lastVisit: T, seconds: 5 };
    const back = decodeSuspend(encodeSuspend(data), { lessonIds: pair, questionIds: [] })!;
    expect(back.lessons).toEqual({});
    // The same id listed twice is no clash.
    expect(Object.keys(decodeSuspend(encodeSuspend(data), { lessonIds: [pair[0], pair[0]], questionIds: [] })!.lessons)).toEqual([pair[0]]);
  });

  it.each([
    ['', 'empty'],
    ['hello world', 'not suspend data'],
    ['2|abc|L|A|E|N', 'another format version'],
    ['1|!!|L|A|E|N', 'a damaged time'],
  ])('reads %j as nothing (%s)', (text) => {
    expect(decodeSuspend(text, ids)).toBeNull();
  });

  it('drops damaged items one by one and keeps the rest', () => {
    const text = encodeSuspend(sampleProgress()).replace('|A', '|Azzzzz.1.2.l,').replace('|E', '|E.x.y,');
    const back = decodeSuspend(text, ids)!;
    expect(Object.keys(back.lessons)).toHaveLength(2);
    expect(Object.keys(back.attempts)).toHaveLength(2);
    expect(back.exams).toHaveLength(1);
  });

  it('merges into the browser’s progress without duplicating what came from there, whichever copy is older', () => {
    const browser = sampleProgress();
    browser.attempts['listening-02']![0]!.score = 2 / 3;
    const lms = decodeSuspend(encodeSuspend(browser), ids)!;
    // Since the LMS got its copy, the learner went on in this browser.
    browser.attempts['greeting-01']!.push({ at: 9000, correct: true, score: 1, source: 'review' });
    browser.lessons['basics/listening']!.completedAt = 8000;
    const { data, added } = mergeProgress(browser, lms);
    expect(added).toEqual({ attempts: 0, lessons: 0, exams: 0 });
    expect(data.attempts['greeting-01']).toHaveLength(3);
    expect(data.lessons['basics/listening']!.completedAt).toBe(8000);
    // And an empty browser (another device) gets everything the LMS kept.
    const fresh = mergeProgress(emptyProgress(T), lms).data;
    expect(fresh.lessons).toEqual(lms.lessons);
    expect(fresh.exams).toEqual(lms.exams);
  });
});
