import { describe, expect, it } from 'vitest';
import { lastResponse } from '../../../src/lib/progress/last-answer.ts';
import { recordAttempt } from '../../../src/lib/progress/record.ts';
import { MAX_RESPONSE_LENGTH } from '../../../src/lib/progress/types.ts';
import { emptyProgress, validateProgress } from '../../../src/lib/progress/validate.ts';

const answer = (at: number, selected: number[]) => ({ at, correct: false, score: 0, source: 'lesson' as const, response: { type: 'multiple', selected } });

describe('the last answer to a question', () => {
  it('is kept with the newest attempt only, so reopening shows it', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q', answer(1, [0]));
    recordAttempt(data, 'q', answer(2, [1, 2]));
    expect(lastResponse(data, 'q')).toEqual({ at: 2, response: { type: 'multiple', selected: [1, 2] } });
    expect(data.attempts.q![0]!.response).toBeUndefined();
  });

  it('is not kept when it is too long, and never for a question not answered', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q', { ...answer(1, []), response: { type: 'case', text: 'x'.repeat(MAX_RESPONSE_LENGTH), ticked: [] } });
    expect(lastResponse(data, 'q')).toBeUndefined();
    expect(data.attempts.q).toHaveLength(1);
    expect(lastResponse(data, 'other')).toBeUndefined();
  });

  it('survives validation, and a response of the wrong shape is dropped with its attempt named', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q', answer(1, [3]));
    expect(validateProgress(JSON.parse(JSON.stringify(data))).data.attempts.q![0]!.response).toEqual({ type: 'multiple', selected: [3] });
    const bad = { ...data, attempts: { q: [{ ...data.attempts.q![0], response: ['not', 'an', 'answer'] }] } };
    expect(validateProgress(bad).dropped).toEqual([expect.stringMatching(/^attempts\["q"\]\[0\]: response must be an answer naming its question type/)]);
  });
});
