import { describe, expect, it } from 'vitest';
import { mentions, normalizeAnswer } from '../../src/question-types/normalize.ts';

describe('normalizeAnswer', () => {
  it.each([
    ['Ｃｈａｎｇｅ ', 'change'],
    ['ＡＢＣ１２３', 'abc123'],
    ['３，０００', '3,000'],
    ['A B C', 'abc'],
    ['知 识', '知识'],
    ['\u3000知识\u3000', '知识'],
    [' 知识。', '知识'],
    ['“知识”', '知识'],
    ['(知识)', '知识'],
    ['知识!!', '知识'],
    ['态度、知识', '态度、知识'],
    ['!!', ''],
    ['   ', ''],
    ['', ''],
  ])('returns %j for %j', (input, output) => {
    expect(normalizeAnswer(input)).toBe(output);
  });

  it('returns the same form for a full-width and a half-width spelling', () => {
    expect(normalizeAnswer('ＶＩＰ 客户')).toBe(normalizeAnswer('vip客户'));
  });

  it('keeps Traditional characters as they are (the key lists them instead)', () => {
    expect(normalizeAnswer('知識')).not.toBe(normalizeAnswer('知识'));
  });
});

describe('mentions', () => {
  it.each<[boolean, string, string]>([
    [true, '我会先道歉', '道歉'],
    [true, '优先接待ｖｉｐ 客户', 'VIP客户'],
    [true, '道歉', '“道歉”'],
    [false, '我会先解释', '道歉'],
    [false, '任何回答', ''],
    [false, '任何回答', ' 。'],
  ])('returns %s for text %j and keyword %j', (expected, text, keyword) => {
    expect(mentions(text, keyword)).toBe(expected);
  });
});
