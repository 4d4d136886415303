/**
 * Which paper an exam record was taken on, and whether it counts as a mock exam: small on its own, because the
 * team report, the LMS packages and the certificate need this and not the exam history (./exam-history.ts).
 */
import type { ExamRecord } from './progress/types.ts';

/** The paper an exam was taken on: records from before there were several papers belong to the default (first) paper. */
export function paperOfRecord(record: Pick<ExamRecord, 'paper'>, papers: readonly { id: string }[]): string {
  return record.paper ?? papers[0]?.id ?? '';
}

/** The paper of `papers` an exam was taken on (paperOfRecord); undefined when the blueprint no longer has it. */
export function paperOf<P extends { id: string }>(record: Pick<ExamRecord, 'paper'>, papers: readonly P[]): P | undefined {
  const id = paperOfRecord(record, papers);
  return papers.find((p) => p.id === id);
}

/** What a page passes of each paper to tell a mock exam from a self-test. */
export interface PaperKind {
  id: string;
  /** A full paper (a mock exam), or a self-test such as 快速自测 (false). */
  full: boolean;
}

/**
 * Whether `record` counts as a mock exam taken: on a full paper of the blueprint (a self-test such as 快速自测
 * is practice) with its self-assessment finished. Only such exams earn a certificate, make a learner's best
 * exam in the team report, and go to an LMS as the course's score.
 */
export function isCountedExam(record: Pick<ExamRecord, 'paper' | 'pending'>, papers: readonly PaperKind[]): boolean {
  const paper = paperOf(record, papers);
  return paper !== undefined && paper.full !== false && !record.pending;
}
