import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import * as OpenCC from 'opencc-js';
import { traditionalForms, traditionalTable, traditionalTableOfOpenCC } from '../../src/utils/chinese.ts';

describe('traditionalTable', () => {
  const all = traditionalTable();

  it("is OpenCC's table, as the opencc-js installed gives it", () => {
    // On a difference after updating opencc-js: node scripts/write-traditional-characters.ts
    const ofOpenCC = traditionalTableOfOpenCC();
    expect(all).toEqual(ofOpenCC);
    expect(Object.keys(all)).toEqual(Object.keys(ofOpenCC));
  });

  it('maps Traditional-only characters to their Simplified forms, never a Simplified one that a Taiwan conversion changes', () => {
    expect(all['環']).toBe('环');
    expect(all['應']).toBe('应');
    expect(all['說']).toBe('说');
    expect(all['傾']).toBe('倾');
    // "么" is the Simplified "麼": "怎么办" must not count as Traditional.
    expect(all['么']).toBeUndefined();
    expect(all['环']).toBeUndefined();
  });

  it('keeps, for the course, only the characters whose Simplified form its text uses', () => {
    const course = traditionalTable('光环效应');
    expect(course).toEqual({ 環: '环', 應: '应' });
    // A Simplified form beyond the Basic Multilingual Plane (僤 → 𫢸) is kept when the text has it, and only then.
    expect(traditionalTable('𫢸')).toEqual({ 僤: '𫢸' });
    expect(traditionalTable('𫢷')).toEqual({});
  });
});

const QUESTIONS = join(import.meta.dirname, '../../content/questions');

describe('traditionalForms', () => {
  // OpenCC's own converters, built whole: what the forms must equal.
  const whole = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const expected = (text: string) => [...new Set(whole.map((convert) => convert(text)))].filter((form) => form !== text);

  it('gives the forms OpenCC gives, phrases included, for answers like the bank’s', () => {
    const texts = [
      '头发',
      '一发千钧',
      '服务质量',
      '光环效应',
      '干部',
      '干净',
      '后台',
      '里程碑',
      '面条',
      '只有',
      '一只',
      '顾客满意度',
      '售后服务',
      '了解',
      '周到',
      '系统',
      '准确',
      '冲突',
      '松弛',
      '制造',
    ];
    for (const text of texts) expect(traditionalForms(text), text).toEqual(expected(text));
    expect(traditionalForms('头发')).toContain('頭髮');
  });

  it('gives the forms OpenCC gives for every accepted answer of the bank’s fill-in questions', () => {
    const answers = readdirSync(QUESTIONS, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .flatMap((file) => (load(readFileSync(join(QUESTIONS, file), 'utf8')) as { type: string; blanks?: string[][] }[]).flatMap((q) => q.blanks?.flat() ?? []));
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(traditionalForms(answer), answer).toEqual(expected(answer));
  });

  it('gives no form for a text OpenCC leaves as it is', () => {
    expect(traditionalForms('ABC 123')).toEqual([]);
  });
});
