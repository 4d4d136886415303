import { describe, expect, it } from 'vitest';
import { findAliases, intentWords, isQuestion, isStopword, normalizeQuery, queryTerms, segmentWords, toSimplified } from '../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('turns full-width letters and digits into ASCII and collapses spaces', () => {
    expect(normalizeQuery('  ＳＭＡＲＴ　原则  ８０/２０ ')).toBe('SMART 原则 80/20');
  });

  it('writes a percentage said in words as the course writes it, leaving other numbers alone', () => {
    expect(normalizeQuery('百分之二十的客户带来多少生意')).toBe('20%的客户带来多少生意');
    expect(normalizeQuery('投诉解决了百分之九十五会回来吗')).toBe('投诉解决了95%会回来吗');
    expect(normalizeQuery('百分之十五 百分之一百 百分之５')).toBe('15% 100% 5%');
    expect(normalizeQuery('二十个客户')).toBe('二十个客户');
    expect(normalizeQuery('百分之几')).toBe('百分之几');
  });
});

describe('queryTerms', () => {
  it('drops question words and particles from a whole question', () => {
    expect(queryTerms('顾客说话太啰嗦怎么办')).toEqual(['顾客', '说话', '啰嗦']);
  });

  it('drops words asking for a number ("多少", "几种")', () => {
    const terms = queryTerms('投诉的顾客有多少会回来');
    expect(terms).toContain('投诉');
    expect(terms).not.toContain('多少');
    expect(queryTerms('沟通障碍有几种')).not.toContain('几种');
  });

  it('joins single characters the segmenter left apart', () => {
    expect(queryTerms('Haier的客服')).toEqual(['haier', '客服']);
  });

  it('keeps words of the course whole when a lexicon is given', () => {
    expect(segmentWords('客户说话啰嗦', new Set(['说话啰嗦']))).toEqual(['客户', '说话啰嗦']);
  });

  it('returns nothing for a query made only of question words', () => {
    expect(queryTerms('怎么办呢')).toEqual([]);
  });
});

describe('isQuestion and isStopword', () => {
  it('tells a question from a term', () => {
    expect(isQuestion('客户发火怎么办')).toBe(true);
    expect(isQuestion('光环效应')).toBe(false);
    expect(isStopword('几个')).toBe(true);
    expect(isStopword('投诉')).toBe(false);
  });
});

describe('findAliases', () => {
  const aliases: [string, string][] = [
    ['Haier', '海尔'],
    ['GE', '通用电气'],
    ['晕轮效应', '光环效应'],
    ['halo effect', '光环效应'],
  ];

  it('finds Latin aliases as whole words, ignoring case', () => {
    expect(findAliases('haier的服务', aliases).hits).toEqual([{ alias: 'Haier', term: '海尔' }]);
    expect(findAliases('manager', aliases).hits).toEqual([]);
    expect(findAliases('what is the halo effect', aliases).hits.map((h) => h.term)).toEqual(['光环效应']);
  });

  it('finds Chinese aliases inside a question and takes them out of the rest', () => {
    const { hits, rest } = findAliases('晕轮效应是什么', aliases);
    expect(hits).toEqual([{ alias: '晕轮效应', term: '光环效应' }]);
    expect(rest).toBe('是什么');
  });
});

describe('intentWords', () => {
  it('reads "…是什么意思" as asking for a definition', () => {
    expect(intentWords('服务到底是什么意思')).toEqual(['定义']);
    expect(intentWords('怎么确认客户的意思')).toEqual([]);
  });
});

describe('toSimplified', () => {
  it('writes the Traditional characters of the table in Simplified form and leaves every other character', () => {
    const table = { 環: '环', 應: '应', 傾: '倾', 聽: '听' };
    expect(toSimplified('光環效應', table)).toBe('光环效应');
    expect(toSimplified('傾聽技巧 SMART', table)).toBe('倾听技巧 SMART');
    expect(toSimplified('怎么办', table)).toBe('怎么办');
  });
});
