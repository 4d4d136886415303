import { describe, expect, it } from 'vitest';
import { buildExcerpt, sentences } from '../../src/lib/search/excerpt.ts';
import { suggestTerms } from '../../src/lib/search/suggest.ts';
import { buildSearchData, suggestionTerms, termNames } from '../../src/lib/search/lexicon.ts';
import { lessonSearchWords } from '../../src/lib/search/index-words.ts';

// Pagefind's text: words separated by zero-width spaces, blocks by ". ".
const z = (text: string) => text.split(' ').join('\u200b');
const CONTENT = [z('沟通 障碍 ： 五类 障碍'), z('十种 表现 里 的 最后 一种 是 光环 效应 。 它 让 人 以 偏 概 全 。'), z('沟通 障碍 说 不 清楚 光环 效应 第一 印象')].join(
  '. \u200b',
);
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marks = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('buildExcerpt', () => {
  it('picks the sentence with the searched words and marks whole words', () => {
    const parts = buildExcerpt(CONTENT, ['光环'], { skip: [z('沟通 障碍 说 不 清楚 光环 效应 第一 印象')] });
    expect(text(parts)).toBe('十种表现里的最后一种是光环效应。');
    // "光环" is part of the word "光环", whole: not a half word.
    expect(marks(parts)).toEqual(['光环']);
  });

  it('widens a match to the words it touches', () => {
    const parts = buildExcerpt(CONTENT, ['环效'], {});
    expect(marks(parts)).toEqual(['光环效应']);
  });

  it('never uses skipped sentences (the title, the index-only words)', () => {
    const parts = buildExcerpt(CONTENT, ['第一印象'], { skip: ['沟通障碍：五类障碍', '沟通障碍说不清楚光环效应第一印象'] });
    expect(text(parts)).not.toContain('第一印象');
    expect(text(parts)).toBe('十种表现里的最后一种是光环效应。');
  });

  it('skips the index-only words also when they close a block of the page (an English query)', () => {
    const page = [z('电话 礼仪'), z('换位 思考 就是 站到 客户 的 立场 上 。'), z('empathy 将心比心 设身处地 .')].join('. \u200b');
    const parts = buildExcerpt(page, ['empathy', '换位思考'], { skip: ['empathy 将心比心 设身处地'] });
    expect(text(parts)).toBe('换位思考就是站到客户的立场上。');
  });

  it('shortens a long sentence around the first mark, at word boundaries', () => {
    const long = z(`${'很长 的 句子 '.repeat(20)}光环 效应 ${'后面 的 话 '.repeat(20)}。`);
    const parts = buildExcerpt(long, ['光环效应'], { maxLength: 30 });
    const shown = text(parts);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(marks(parts)).toEqual(['光环效应']);
    expect(shown.length).toBeLessThanOrEqual(32);
  });

  it('cuts words itself when the text has no word breaks (as Pagefind hands it to the page)', () => {
    const plain = '沟通障碍：五类障碍. 十种表现里的最后一种是光环效应。它让人以偏概全。 沟通障碍 光环效应 第一印象';
    const parts = buildExcerpt(plain, ['光环效应'], { skip: ['沟通障碍 光环效应 第一印象'] });
    expect(text(parts)).toBe('十种表现里的最后一种是光环效应。');
    expect(marks(parts)).toEqual(['光环效应']);
  });

  it('splits text into sentences at full stops and blocks', () => {
    expect(sentences(CONTENT).map((s) => s.replaceAll('\u200b', ''))).toEqual([
      '沟通障碍：五类障碍',
      '十种表现里的最后一种是光环效应。',
      '它让人以偏概全。',
      '沟通障碍说不清楚光环效应第一印象',
    ]);
  });
});

describe('suggestTerms', () => {
  const terms = [
    { id: 'halo-effect', term: '光环效应', english: 'halo effect', lessons: 1 },
    { id: 'listening', term: '倾听', aliases: ['聆听'], lessons: 3 },
    { id: 'complaint', term: '投诉处理六步法', lessons: 2 },
  ];
  it('suggests the terms sharing the most with the query', () => {
    expect(suggestTerms('效应是啥', terms).map((t) => t.id)).toEqual(['halo-effect']);
    expect(suggestTerms('halo', terms).map((t) => t.id)).toEqual(['halo-effect']);
  });
  it('still suggests the most taught terms when nothing is shared', () => {
    expect(suggestTerms('xyz', terms, 2).map((t) => t.id)).toEqual(['listening', 'complaint']);
  });
});

describe('search data', () => {
  it('splits a term with an abbreviation in brackets', () => {
    expect(termNames('中消协（消协）')).toEqual(['中消协', '消协']);
    expect(termNames('倾听')).toEqual(['倾听']);
  });

  it('maps English names and aliases to the term, and keeps Chinese words for cutting queries', () => {
    const data = buildSearchData(
      [{ keywords: ['客户发火怎么办', '发火'], aliases: ['complaint handling'] }],
      [{ id: 'halo-effect', term: '光环效应', english: 'halo effect', aliases: ['晕轮效应'], definition: '…', lessons: ['a/b'] }],
    );
    expect(data.aliases).toEqual([
      ['halo effect', '光环效应'],
      ['晕轮效应', '光环效应'],
    ]);
    expect(data.lexicon).toEqual(expect.arrayContaining(['光环效应', '发火', '晕轮效应']));
    expect(data.lexicon).not.toContain('complaint handling');
    expect(suggestionTerms([{ id: 'halo-effect', term: '光环效应', english: 'halo effect', definition: '…', lessons: ['a/b'] }])[0]).toEqual({
      id: 'halo-effect',
      term: '光环效应',
      english: 'halo effect',
      lessons: 1,
    });
  });

  it("indexes a lesson by its keywords and aliases, and by its glossary terms' names", () => {
    const words = lessonSearchWords({ keywords: ['以貌取人'], aliases: ['halo effect'] }, [{ english: 'halo effect', aliases: ['晕轮效应'] }]);
    expect(words).toEqual({ primary: '以貌取人 halo effect', secondary: '晕轮效应' });
  });
});
