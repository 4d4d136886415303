import { isRecord } from './validate.ts';

type Json = Record<string, unknown>;

// One step per version: MIGRATIONS[n] turns version n into n + 1, so data of any age is upgraded in order.
const MIGRATIONS: Record<number, (data: Json) => Json> = {
  // Version 0 had no version field and kept only the last answer per question, in `answers`.
  0: ({ answers, ...rest }) => ({
    ...rest,
    version: 1,
    attempts: isRecord(answers) ? Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, [{ ...(a as object), source: 'lesson' }]])) : answers,
  }),
  // Version 2 added starred questions (favourites) and the exam under way (examSession, absent when none).
  1: (data) => ({ ...data, version: 2, favourites: {} }),
  // Version 3 added the path the learner follows (path, absent when none) and the path practice steps done.
  2: (data) => ({ ...data, version: 3, pathSteps: {} }),
};

/**
 * Upgrades stored or imported progress to the current version, step by step. Data without a version
 * is version 0; a newer version, or anything that is not an object, is returned unchanged.
 */
export function migrate(raw: unknown): unknown {
  let data = raw;
  while (isRecord(data)) {
    const version = data.version ?? 0;
    const step = typeof version === 'number' ? MIGRATIONS[version] : undefined;
    if (!step) break;
    data = step(data);
  }
  return data;
}
