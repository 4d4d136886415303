import { apportion, formatPoints, percentOf } from './rounding.ts';

/** Points earned and full marks per module, as a grade and a saved exam keep them. */
export type ModuleScores = Record<string, { score: number; total: number }>;

/** One row of the per-module results table. */
export interface ModuleRow {
  id: string;
  title: string;
  /** Points earned in the module's questions, to one decimal; the rows add up exactly to the paper's total as shown. */
  points: string;
  total: number;
  /** The shown points as a percentage of the module's full marks, so the row reads consistently. */
  percent: number;
}

/**
 * The per-module results in course order: modules not in the exam are left out, and a module the
 * course no longer has (a renamed one in an old record) comes last under its id. The points are
 * shown to one decimal by largest remainder (`apportion`), so the rows add up to the total shown.
 */
export function moduleRows(byModule: ModuleScores, modules: readonly { id: string; title: string }[]): ModuleRow[] {
  const known = modules.filter((m) => byModule[m.id]);
  const unknown = Object.keys(byModule)
    .filter((id) => !modules.some((m) => m.id === id))
    .sort()
    .map((id) => ({ id, title: id }));
  const rows = [...known, ...unknown];
  const shown = apportion(rows.map(({ id }) => byModule[id]!.score));
  return rows.map(({ id, title }, i) => {
    const { total } = byModule[id]!;
    const points = shown[i]!;
    return { id, title, points: formatPoints(points), total, percent: percentOf(total ? points / total : 0) };
  });
}

/** The id of an exam record: the seed and the start time, so retakes of the same paper stay apart. */
export function examRecordId(seed: number, startedAt: number): string {
  return `${seed}-${startedAt}`;
}
