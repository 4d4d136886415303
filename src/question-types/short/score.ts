import { scoreKeyPoints, type KeyPointsKey, type WrittenAnswer } from '../key-points.ts';
import type { Result } from '../shared.ts';

export interface Key extends KeyPointsKey {
  type: 'short';
}
export interface Answer extends WrittenAnswer {
  type: 'short';
}

/** Self-assessed: the marks of the points ticked (equal shares while the question has no marks). */
export const score = (key: Key, answer: Answer): Result => scoreKeyPoints(key, answer);
