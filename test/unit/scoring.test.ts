import { describe, expect, it } from 'vitest';
import { keyPointHints } from '../../src/question-types/key-points.ts';
import { score, type AnswerKey, type Response } from '../../src/question-types/scoring.ts';
import { scoreMultiple } from '../../src/question-types/multiple/score.ts';

const singleKey: AnswerKey = { type: 'single', correct: 1 };
const multipleKey: AnswerKey = { type: 'multiple', correct: [0, 2], count: 4 };
const trueFalseKey: AnswerKey = { type: 'truefalse', answer: false };
const orderKey: AnswerKey = { type: 'order', count: 4 };
const categorizeKey: AnswerKey = { type: 'categorize', categories: ['company', 'staff', 'company'] };
const fillKey: AnswerKey = { type: 'fill', accept: [['知识', '知識'], ['Change']] };
const dialogueKey: AnswerKey = { type: 'dialogue', best: [1, 0, 2] };
const caseKey: AnswerKey = { type: 'case', keywords: [['道歉'], ['补偿'], ['跟进']], marks: [] };

describe('score', () => {
  describe.each<[string, AnswerKey, Response]>([
    ['single', singleKey, { type: 'single', selected: 1 }],
    ['multiple', multipleKey, { type: 'multiple', selected: [2, 0] }],
    ['truefalse', trueFalseKey, { type: 'truefalse', selected: false }],
    ['order', orderKey, { type: 'order', sequence: [0, 1, 2, 3] }],
    ['categorize', categorizeKey, { type: 'categorize', assigned: ['company', 'staff', 'company'] }],
    ['fill', fillKey, { type: 'fill', values: ['知识', 'Change'] }],
    ['dialogue', dialogueKey, { type: 'dialogue', selected: [1, 0, 2] }],
    ['case', caseKey, { type: 'case', text: '先道歉，再补偿，最后跟进。', ticked: [true, true, true] }],
  ])('%s question answered right', (_type, key, response) => {
    it('gives full marks and counts as correct', () => {
      expect(score(key, response)).toMatchObject({ empty: false, correct: true, score: 1 });
    });

    it('marks every part right', () => {
      const { parts } = score(key, response);
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.every(Boolean)).toBe(true);
    });
  });

  describe.each<[string, AnswerKey, Response]>([
    ['single', singleKey, { type: 'single', selected: 0 }],
    ['multiple', multipleKey, { type: 'multiple', selected: [1, 3] }],
    ['truefalse', trueFalseKey, { type: 'truefalse', selected: true }],
    ['order', orderKey, { type: 'order', sequence: [3, 2, 1, 0] }],
    ['categorize', categorizeKey, { type: 'categorize', assigned: ['staff', 'company', 'staff'] }],
    ['fill', fillKey, { type: 'fill', values: ['态度', 'Stay'] }],
    ['dialogue', dialogueKey, { type: 'dialogue', selected: [0, 1, 0] }],
    ['case', caseKey, { type: 'case', text: '我不知道怎么处理。', ticked: [false, false, false] }],
  ])('%s question answered wrong', (_type, key, response) => {
    it('gives zero and counts as an attempt that is not correct', () => {
      expect(score(key, response)).toMatchObject({ empty: false, correct: false, score: 0 });
    });

    it('marks no part right', () => {
      expect(score(key, response).parts.some(Boolean)).toBe(false);
    });
  });

  it.each<[string, AnswerKey, Response, number, boolean[]]>([
    ['multiple, one of two right options ticked', multipleKey, { type: 'multiple', selected: [0] }, 1 / 2, [true, true, false, true]],
    ['order, first two items in place', orderKey, { type: 'order', sequence: [0, 1, 3, 2] }, 2 / 4, [true, true, false, false]],
    ['categorize, one item sorted and two unassigned', categorizeKey, { type: 'categorize', assigned: ['company', null, null] }, 1 / 3, [true, false, false]],
    ['categorize, two of three sorted right', categorizeKey, { type: 'categorize', assigned: ['company', 'company', 'company'] }, 2 / 3, [true, false, true]],
    ['fill, first of two blanks right', fillKey, { type: 'fill', values: ['知识', ''] }, 1 / 2, [true, false]],
    ['dialogue, two of three turns with the best reply', dialogueKey, { type: 'dialogue', selected: [1, 1, 2] }, 2 / 3, [true, false, true]],
    ['dialogue, only the first turn answered', dialogueKey, { type: 'dialogue', selected: [1, null, null] }, 1 / 3, [true, false, false]],
    ['case, two of three key points ticked', caseKey, { type: 'case', text: '先道歉，再跟进。', ticked: [true, false, true] }, 2 / 3, [true, false, true]],
  ])('gives partial credit for %s', (_name, key, response, expected, parts) => {
    const result = score(key, response);
    expect(result.score).toBeCloseTo(expected);
    expect(result.correct).toBe(false);
    expect(result.empty).toBe(false);
    expect(result.parts).toEqual(parts);
  });

  it.each<[string, AnswerKey, Response]>([
    ['single with nothing selected', singleKey, { type: 'single', selected: null }],
    ['multiple with nothing ticked', multipleKey, { type: 'multiple', selected: [] }],
    ['truefalse with nothing selected', trueFalseKey, { type: 'truefalse', selected: null }],
    ['order with no sequence', orderKey, { type: 'order', sequence: [] }],
    ['categorize with nothing assigned', categorizeKey, { type: 'categorize', assigned: [null, null, null] }],
    ['fill with blank or white-space-only text', fillKey, { type: 'fill', values: ['', '  \u3000'] }],
    ['fill with only punctuation typed', fillKey, { type: 'fill', values: ['。', ''] }],
    ['dialogue with no reply chosen', dialogueKey, { type: 'dialogue', selected: [null, null, null] }],
    ['case with blank text and nothing ticked', caseKey, { type: 'case', text: ' \n ', ticked: [false, false, false] }],
  ])('returns empty: true and no score for %s', (_name, key, response) => {
    expect(score(key, response)).toEqual({ empty: true, correct: false, score: 0, parts: [] });
  });

  it('counts a case answer with nothing written but points ticked as an attempt', () => {
    expect(score(caseKey, { type: 'case', text: '', ticked: [true, false, false] })).toMatchObject({ empty: false, score: 1 / 3 });
  });

  it('counts a case answer with text written but nothing ticked as an attempt scoring 0', () => {
    expect(score(caseKey, { type: 'case', text: '先道歉', ticked: [false, false, false] })).toMatchObject({ empty: false, correct: false, score: 0 });
  });

  it.each([
    ['full-width letters and a trailing space', 'Ｃｈａｎｇｅ '],
    ['lower case', 'change'],
    ['an ideographic space and a full stop', '\u3000Change。'],
  ])('accepts a fill answer typed with %s', (_name, typed) => {
    expect(score(fillKey, { type: 'fill', values: ['知识', typed] })).toMatchObject({ correct: true, score: 1 });
  });

  it('accepts the Traditional form listed in the key', () => {
    expect(score(fillKey, { type: 'fill', values: ['知識', 'Change'] })).toMatchObject({ correct: true, score: 1 });
  });

  it('rejects a fill answer that only contains the accepted one', () => {
    expect(score(fillKey, { type: 'fill', values: ['专业知识', 'Changes'] })).toMatchObject({ correct: false, score: 0 });
  });

  it('throws when the response is of another type than the key', () => {
    expect(() => score(singleKey, { type: 'multiple', selected: [1] })).toThrow('response of type multiple for a single question');
  });
});

describe('scoreMultiple', () => {
  it.each<[string, number[], number, number[], number]>([
    ['all right options and nothing else', [0, 2], 4, [0, 2], 1],
    ['one of two right options', [0, 2], 4, [0], 0.5],
    ['one right and one wrong option', [0, 2], 4, [0, 1], 0],
    ['two of three right options and one wrong', [0, 1, 2], 5, [0, 1, 4], 1 / 3],
    ['every option, with three of four right', [0, 1, 2], 4, [0, 1, 2, 3], 2 / 3],
    ['more wrong than right options (floored at 0)', [0], 4, [0, 1, 2], 0],
    ['only wrong options (floored at 0)', [0, 1], 4, [2, 3], 0],
  ])('scores %s', (_name, correct, count, selected, expected) => {
    expect(scoreMultiple(correct, count, selected).score).toBeCloseTo(expected);
  });

  it('scores ticking all options below 1 and not as correct', () => {
    const result = scoreMultiple([0, 1, 2], 4, [0, 1, 2, 3]);
    expect(result.score).toBeLessThan(1);
    expect(result.correct).toBe(false);
  });

  it('scores ticking all options of a question with one right option at 0', () => {
    expect(scoreMultiple([1], 3, [0, 1, 2])).toMatchObject({ score: 0, correct: false });
  });

  it('marks each option by whether its tick matches the key', () => {
    // ticked 0 (right), 1 (wrong); left 2 (should be ticked) and 3 (right to leave)
    expect(scoreMultiple([0, 2], 4, [0, 1]).parts).toEqual([true, false, false, true]);
  });

  it('counts an option ticked twice only once', () => {
    expect(scoreMultiple([0, 2], 4, [0, 0]).score).toBe(0.5);
  });
});

describe('keyPointHints', () => {
  const answer = '我会先向客户真诚道歉，然后提出补偿方案，并在三天内回访。';

  it.each<[boolean, string, string[]]>([
    [true, 'the only keyword appears', ['道歉']],
    [true, 'one of two keywords appears (half)', ['道歉', '致歉']],
    [true, 'two of four keywords appear (half)', ['补偿', '方案', '退款', '赔偿']],
    [true, 'two of three keywords appear', ['补偿', '回访', '主管']],
    [false, 'one of three keywords appears (less than half)', ['回访', '主管', '升级']],
    [false, 'one of four keywords appears (less than half)', ['回访', '主管', '升级', '记录']],
    [false, 'no keyword appears', ['投诉', '升级']],
    [false, 'the point has no keywords', []],
  ])('returns %s when %s', (expected, _name, keywords) => {
    expect(keyPointHints(answer, [keywords])).toEqual([expected]);
  });

  it('returns one hint per key point, in order', () => {
    expect(keyPointHints(answer, [['道歉'], ['升级'], ['回访', '三天']])).toEqual([true, false, true]);
  });

  it('matches keywords regardless of full-width letters, case and spaces', () => {
    expect(keyPointHints('优先接待ｖｉｐ 客户', [['VIP客户']])).toEqual([true]);
  });

  it('returns no hints for an empty answer', () => {
    expect(keyPointHints('', [['道歉'], ['补偿']])).toEqual([false, false]);
  });
});
