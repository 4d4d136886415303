import { describe, expect, it } from 'vitest';
import { fuseRanks, relaxedSearch, termWeight, type Scored } from '../../src/lib/search/fuse.ts';

describe('fuseRanks', () => {
  it('ranks ids found by several lists above ids found by one (reciprocal rank fusion)', () => {
    expect(
      fuseRanks([
        { ids: ['a', 'b'], weight: 1 },
        { ids: ['c', 'b'], weight: 1 },
      ]),
    ).toEqual(['b', 'a', 'c']);
  });

  it('adds weighted scores when the lists carry them', () => {
    const ranked = fuseRanks([
      { ids: ['a', 'b'], scores: [5, 4], weight: 1 },
      { ids: ['b'], scores: [3], weight: 1 },
      { ids: ['a'], scores: [1], weight: 0.5 },
    ]);
    expect(ranked).toEqual(['b', 'a']);
  });
});

describe('termWeight', () => {
  it('weighs a rare word above a word found on every page', () => {
    expect(termWeight(1, 30)).toBeGreaterThan(termWeight(30, 30));
  });
});

/** A fake index: each page is a list of words; a query finds pages having all its words. */
function index(pages: Record<string, string[]>) {
  const asked: string[] = [];
  const search = (query: string): Promise<Scored[]> => {
    asked.push(query);
    const words = query.toLowerCase().split(/\s+/);
    return Promise.resolve(
      Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.some((t) => t.toLowerCase() === w) || text.join('').includes(w)))
        .map(([id, text]) => ({ id, score: words.reduce((s, w) => s + text.filter((t) => t.includes(w)).length, 0) })),
    );
  };
  return { search, asked };
}

const PAGES = {
  listening: ['倾听', '啰嗦', '打断', '说话'],
  complaints: ['投诉', '发火', '道歉'],
  haier: ['海尔', '客服', '代表'],
  phone: ['电话', '说话', '礼仪'],
};

describe('relaxedSearch', () => {
  it('keeps the whole query when it finds enough and is not a question', async () => {
    const { search, asked } = index({ a: ['说话'], b: ['说话'], c: ['说话'] });
    const plan = await relaxedSearch('说话', search);
    expect(plan).toMatchObject({ ids: ['a', 'b', 'c'], partial: false });
    expect(asked).toEqual(['说话']);
  });

  it('finds the lesson for a long question no page contains word for word, and says the matches are partial', async () => {
    const { search } = index(PAGES);
    const plan = await relaxedSearch('顾客说话太啰嗦怎么办', search, { pages: 4 });
    expect(plan.ids[0]).toBe('listening');
    expect(plan.partial).toBe(true);
    expect(plan.terms).toContain('啰嗦');
  });

  it('expands an alias with its glossary term', async () => {
    const { search } = index(PAGES);
    const plan = await relaxedSearch('Haier', search, { aliases: [['Haier', '海尔']], pages: 4 });
    expect(plan.ids).toEqual(['haier']);
    expect(plan.expanded).toEqual(['海尔']);
  });

  it('returns nothing, without searching, for an empty query', async () => {
    const { search, asked } = index(PAGES);
    expect((await relaxedSearch('   ', search)).ids).toEqual([]);
    expect(asked).toEqual([]);
  });
});
