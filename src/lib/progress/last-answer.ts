import type { ProgressData, StoredResponse } from './types.ts';

/** The learner's newest answer to a question, as its type's response, if it was kept. */
export function lastResponse(data: ProgressData, questionId: string): { at: number; response: StoredResponse } | undefined {
  const last = data.attempts[questionId]?.at(-1);
  return last?.response ? { at: last.at, response: last.response } : undefined;
}
