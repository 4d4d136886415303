import { describe, expect, it } from 'vitest';
import { quizAnswered, quizStatus, quizStatusText } from '../../../src/lib/progress/completion.ts';
import type { Attempt } from '../../../src/lib/progress/types.ts';
import { without } from '../without.ts';

const attempt = (correct: boolean): Attempt => ({ at: 1, correct, score: correct ? 1 : 0, source: 'lesson' });
const QUIZ = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'];
const LABELS = {
  count: '已答 {answered} / {total} 题',
  missing: '，还差{missing}',
  questions: '第 {numbers} 题',
  selfAssessment: '第 {numbers} 题的自评',
  and: '和',
  separator: '、',
  complete: '，全部答完',
};

describe('quizAnswered', () => {
  it('is true once every question of the quiz has an answer, right or wrong', () => {
    expect(quizAnswered(['a', 'b'], { a: [attempt(false)], b: [attempt(true)] })).toBe(true);
  });

  it('is false while one question has no answer', () => {
    expect(quizAnswered(['a', 'b'], { a: [attempt(true)] })).toBe(false);
    expect(quizAnswered(['a', 'b'], { a: [attempt(true)], b: [] })).toBe(false);
  });

  it('ignores answers to questions outside the quiz (exam-bank only questions)', () => {
    expect(quizAnswered(['a'], { a: [attempt(true)], bank: [] })).toBe(true);
    expect(quizAnswered(['a'], { bank: [attempt(true)] })).toBe(false);
  });

  it('never completes a lesson without a quiz by itself', () => {
    expect(quizAnswered([], {})).toBe(false);
  });
});

describe('quizStatus and its text', () => {
  const six = Object.fromEntries(QUIZ.slice(0, 6).map((id) => [id, [attempt(true)]]));

  it('names the case question whose self-assessment is missing', () => {
    const status = quizStatus(QUIZ, six, new Set(['q7']));
    expect(status).toMatchObject({ answered: 6, total: 7, unanswered: [], selfAssessment: [7], complete: false });
    expect(quizStatusText(status, LABELS)).toBe('已答 6 / 7 题，还差第 7 题的自评');
  });

  it('names unanswered questions and pending self-assessments together', () => {
    const rest = without(six, 'q2', 'q5');
    expect(quizStatusText(quizStatus(QUIZ, rest, new Set(['q7'])), LABELS)).toBe('已答 4 / 7 题，还差第 2、5 题和第 7 题的自评');
    expect(quizStatusText(quizStatus(QUIZ, rest), LABELS)).toBe('已答 4 / 7 题，还差第 2、5、7 题');
  });

  it('counts a question cleared with 重做 as open again until it is answered anew', () => {
    const all = { ...six, q7: [attempt(false)] };
    expect(quizStatusText(quizStatus(QUIZ, all, new Set(), new Set(['q3'])), LABELS)).toBe('已答 6 / 7 题，还差第 3 题');
  });

  it('says when every question is answered', () => {
    const all = { ...six, q7: [attempt(false)] };
    const status = quizStatus(QUIZ, all, new Set(['q7']));
    expect(status.complete).toBe(true);
    expect(quizStatusText(status, LABELS)).toBe('已答 7 / 7 题，全部答完');
  });

  it('counts nothing for a fresh learner', () => {
    expect(quizStatusText(quizStatus(['a', 'b'], {}), LABELS)).toBe('已答 0 / 2 题，还差第 1、2 题');
  });
});
