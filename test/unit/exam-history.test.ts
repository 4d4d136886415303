import { describe, expect, it } from 'vitest';
import { earnsCertificate, paperHistory } from '../../src/lib/exam-history.ts';
import { paperOfRecord } from '../../src/lib/exam-papers.ts';
import type { ExamRecord } from '../../src/lib/progress/types.ts';

const papers = [
  { id: 'mock', title: '三级技能卷', passMark: 0.6, full: true },
  { id: 'quick', title: '快速自测', passMark: 0.8, full: false },
];
const exam = (id: string, at: number, extra: Partial<ExamRecord> = {}): ExamRecord => ({
  id,
  seed: 1,
  startedAt: at - 1,
  submittedAt: at,
  score: 0.7,
  passed: true,
  passMark: 0.6,
  questionIds: [],
  byModule: {},
  ...extra,
});

describe('paperHistory', () => {
  it('groups attempts per paper in blueprint order, newest first, each with its own pass line', () => {
    const history = paperHistory(
      [exam('q1', 5, { paper: 'quick', score: 0.9, passMark: 0.8 }), exam('m1', 1, { paper: 'mock' }), exam('m2', 9, { paper: 'mock', score: 0.5, passed: false })],
      papers,
    );
    expect(history.map((h) => [h.title, h.passPercent, h.rows.map((r) => r.id)])).toEqual([
      ['三级技能卷', 60, ['m2', 'm1']],
      ['快速自测', 80, ['q1']],
    ]);
    expect(history[0]!.rows[0]).toMatchObject({ percent: 50, passPercent: 60, passed: false, certificate: false });
    expect(history[0]!.rows[1]).toMatchObject({ percent: 70, certificate: true });
    // A passed self-test earns no certificate.
    expect(history[1]!.rows[0]).toMatchObject({ passed: true, certificate: false });
  });

  it('keeps attempts from before there were several papers under the default paper, and of a removed paper under its id', () => {
    const history = paperHistory([exam('old', 1), exam('gone', 2, { paper: 'retired', passMark: 0.7 })], papers);
    expect(history.map((h) => [h.paper, h.title, h.passPercent, h.rows.length])).toEqual([
      ['mock', '三级技能卷', 60, 1],
      ['retired', 'retired', 70, 1],
    ]);
  });

  it('lists nothing when there is no attempt', () => {
    expect(paperHistory([], papers)).toEqual([]);
  });
});

describe('earnsCertificate', () => {
  it('needs a pass on a full paper with the self-assessment finished', () => {
    expect(earnsCertificate({ paper: 'mock', passed: true }, papers)).toBe(true);
    expect(earnsCertificate({ paper: 'quick', passed: true }, papers)).toBe(false);
    expect(earnsCertificate({ paper: 'mock', passed: false }, papers)).toBe(false);
    expect(earnsCertificate({ paper: 'mock', passed: true, pending: 1 }, papers)).toBe(false);
    expect(earnsCertificate({ paper: 'retired', passed: true }, papers)).toBe(false);
    expect(paperOfRecord({}, papers)).toBe('mock');
  });
});
