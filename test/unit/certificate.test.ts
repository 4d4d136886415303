import { describe, expect, it } from 'vitest';
import { certificateExam, cleanName, formatChineseDate } from '../../src/lib/certificate.ts';
import type { ExamRecord } from '../../src/lib/progress/types.ts';

const exam = (id: string, passed: boolean): ExamRecord => ({
  id,
  seed: 42,
  startedAt: 1,
  submittedAt: 2,
  score: passed ? 0.9 : 0.5,
  passed,
  passMark: 0.8,
  questionIds: ['a'],
  byModule: {},
});

describe('certificateExam', () => {
  const exams = [exam('42-1', true), exam('42-2', false)];

  it('finds a passed exam by id', () => {
    expect(certificateExam(exams, '42-1')).toEqual({ ok: true, exam: exams[0] });
  });

  it('refuses a failed exam, giving it back for the message', () => {
    expect(certificateExam(exams, '42-2')).toEqual({ ok: false, reason: 'failed', exam: exams[1] });
  });

  it('refuses a passed self-test: only a full paper earns a certificate', () => {
    const papers = [
      { id: 'mock', full: true },
      { id: 'quick', full: false },
    ];
    const quick = { ...exam('42-3', true), paper: 'quick' };
    const full = { ...exam('42-4', true), paper: 'mock' };
    expect(certificateExam([quick, full], '42-3', papers)).toEqual({ ok: false, reason: 'notFull', exam: quick });
    expect(certificateExam([quick, full], '42-4', papers)).toEqual({ ok: true, exam: full });
    // An exam from before there were several papers was taken on the default (first) paper.
    expect(certificateExam(exams, '42-1', papers)).toEqual({ ok: true, exam: exams[0] });
  });

  it('opened without an exam, shows the latest that earns a certificate, or says none does yet', () => {
    const papers = [
      { id: 'mock', full: true },
      { id: 'quick', full: false },
    ];
    const older = { ...exam('42-6', true), paper: 'mock', submittedAt: 10 };
    const newer = { ...exam('42-7', true), paper: 'mock', submittedAt: 20 };
    const quick = { ...exam('42-8', true), paper: 'quick', submittedAt: 30 };
    const failed = { ...exam('42-9', false), paper: 'mock', submittedAt: 40 };
    expect(certificateExam([newer, older, quick, failed], null, papers)).toEqual({ ok: true, exam: newer });
    expect(certificateExam([quick, failed, { ...newer, pending: 1 }], null, papers)).toEqual({ ok: false, reason: 'none' });
    expect(certificateExam([], null, papers)).toEqual({ ok: false, reason: 'none' });
  });

  it('refuses an exam whose self-assessment is not finished', () => {
    const pending = { ...exam('42-5', true), pending: 2 };
    expect(certificateExam([pending], '42-5')).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('reports an exam it does not have as missing', () => {
    const id = 'no-such-exam';
    expect(certificateExam(exams, id)).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('formatChineseDate', () => {
  it('writes the date in Chinese in the given time zone', () => {
    // 2025-03-07 20:00 UTC is already 8 March in Beijing.
    const time = Date.UTC(2025, 2, 7, 20, 0);
    expect(formatChineseDate(time, 'Asia/Shanghai')).toBe('2025年3月8日');
    expect(formatChineseDate(time, 'UTC')).toBe('2025年3月7日');
  });
});

describe('cleanName', () => {
  it.each([
    ['  张小明  ', '张小明'],
    ['Zhang   Xiaoming', 'Zhang Xiaoming'],
    ['', ''],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('makes %j into %j', (name, clean) => {
    expect(cleanName(name)).toBe(clean);
  });

  it('keeps at most 40 characters, without splitting a character', () => {
    expect(cleanName('张'.repeat(50))).toBe('张'.repeat(40));
    expect([...cleanName('😀'.repeat(41))]).toHaveLength(40);
  });
});
