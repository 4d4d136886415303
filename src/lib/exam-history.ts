import type { ExamRecord } from './progress/types.ts';
import { percentOf } from './rounding.ts';
import { isCountedExam, paperOfRecord, type PaperKind } from './exam-papers.ts';

/** What the history needs of a paper. */
interface PaperInfo {
  id: string;
  title: string;
  passMark: number;
  full: boolean;
}

/** One past attempt as the history lists it. */
interface HistoryRow {
  id: string;
  submittedAt: number;
  seed: number;
  percent: number;
  /** The pass line the attempt was marked against, in whole percent. */
  passPercent: number;
  passed: boolean;
  /** Self-assessment not finished: the score is provisional. */
  pending: boolean;
  /** A passed full paper earns a certificate. */
  certificate: boolean;
}

/** The attempts of one paper, newest first, with the paper's own pass line. */
export interface PaperHistory {
  paper: string;
  title: string;
  /** The paper's pass line today, in whole percent. */
  passPercent: number;
  rows: HistoryRow[];
}

/** Whether `record` earns a certificate: a counted exam (isCountedExam), passed. */
export function earnsCertificate(record: Pick<ExamRecord, 'paper' | 'passed' | 'pending'>, papers: readonly PaperKind[]): boolean {
  return record.passed && isCountedExam(record, papers);
}

/**
 * The history per paper, in the order of the blueprint, each paper's attempts newest first; a
 * paper no longer in the blueprint comes last under its id, so no attempt is ever hidden.
 */
export function paperHistory(exams: readonly ExamRecord[], papers: readonly PaperInfo[]): PaperHistory[] {
  const groups = new Map<string, ExamRecord[]>();
  for (const exam of exams) {
    const id = paperOfRecord(exam, papers);
    groups.set(id, [...(groups.get(id) ?? []), exam]);
  }
  const known = papers.filter((p) => groups.has(p.id));
  const unknown = [...groups.keys()].filter((id) => !papers.some((p) => p.id === id)).sort();
  const list = [...known.map((p) => ({ id: p.id, title: p.title, passMark: p.passMark })), ...unknown.map((id) => ({ id, title: id, passMark: groups.get(id)!.at(-1)!.passMark }))];
  return list.map(({ id, title, passMark }) => ({
    paper: id,
    title,
    passPercent: percentOf(passMark),
    rows: [...groups.get(id)!]
      .sort((a, b) => b.submittedAt - a.submittedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => ({
        id: e.id,
        submittedAt: e.submittedAt,
        seed: e.seed,
        percent: percentOf(e.score),
        passPercent: percentOf(e.passMark),
        passed: e.passed,
        pending: Boolean(e.pending),
        certificate: earnsCertificate(e, papers),
      })),
  }));
}
