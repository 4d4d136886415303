import { answerWritten } from '../key-points-e2e.ts';

export const answer = answerWritten;
