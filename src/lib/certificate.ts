import type { ExamRecord } from './progress/types.ts';
import { earnsCertificate } from './exam-history.ts';

/** What the certificate page can show for an exam id: the passed exam, or why not. */
export type CertificateLookup = { ok: true; exam: ExamRecord } | { ok: false; reason: 'missing' | 'failed' | 'notFull' | 'none'; exam?: ExamRecord };

/**
 * Finds the exam `id` among the learner's exams; only a passed full paper earns a certificate (a
 * self-test such as 快速自测 does not). Without `papers`, every paper counts as full. Without an id (the
 * page opened from the menu), the latest exam that earns one, or `none` when no exam does yet.
 */
export function certificateExam(exams: readonly ExamRecord[], id: string | null, papers?: readonly { id: string; full: boolean }[]): CertificateLookup {
  if (!id) {
    const earned = exams.filter((e) => (papers ? earnsCertificate(e, papers) : e.passed && !e.pending));
    const latest = earned.reduce<ExamRecord | undefined>((last, e) => (!last || e.submittedAt > last.submittedAt ? e : last), undefined);
    return latest ? { ok: true, exam: latest } : { ok: false, reason: 'none' };
  }
  const exam = exams.find((e) => e.id === id);
  if (!exam) return { ok: false, reason: 'missing' };
  if (!exam.passed || exam.pending) return { ok: false, reason: 'failed', exam };
  if (papers && !earnsCertificate(exam, papers)) return { ok: false, reason: 'notFull', exam };
  return { ok: true, exam };
}

/** A date as written in Chinese, e.g. "2025年3月8日", in the given time zone (the learner's by default). */
export function formatChineseDate(time: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(time);
}

/** A name as it goes on the certificate: spaces trimmed and runs of spaces made one, at most 40 characters. */
export function cleanName(name: string): string {
  return [...name.trim().replace(/\s+/g, ' ')].slice(0, 40).join('');
}
