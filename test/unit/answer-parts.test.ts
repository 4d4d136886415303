import { describe, expect, it } from 'vitest';
import { joinParts, tidyParts } from '../../src/question-types/shared.ts';

describe('answer parts as one text', () => {
  it('joins the parts of an answer with "；", each without its closing mark', () => {
    expect(joinParts(['先道歉。', '再复述问题。', '最后确认方案'])).toBe('先道歉；再复述问题；最后确认方案');
    expect(joinParts(['对', '错'])).toBe('对；错');
  });

  it('keeps one part as it is', () => {
    expect(joinParts(['先道歉。'])).toBe('先道歉。');
    expect(joinParts([])).toBe('');
  });

  it('tidies answers recorded before, so the 错题本 never shows "。；"', () => {
    expect(tidyParts('先道歉。；再复述问题。')).toBe('先道歉；再复述问题。');
    expect(tidyParts('甲；乙')).toBe('甲；乙');
  });
});
