import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAllowList, checkOwnWords, findSeedsDir, findSharedRuns, formatRun, normaliseHan, type SharedRun } from '../../scripts/lib/own-words.ts';

// 44 Han characters of a made-up seed sentence.
const SEED = '客服人员在接待客户时应当先稳定客户的情绪再了解问题的原因最后提出可行的解决办法并跟踪结果';
const seed = (text: string, name = '900_test.txt') => [{ name, text }];
const course = (text: string, file = 'content/lessons/m/l.mdx') => [{ file, text }];

describe('findSharedRuns', () => {
  it('uses a 44-character seed sentence', () => expect(SEED.length).toBe(44));

  it('finds a copied run of 30 or more Han characters, whatever the punctuation around it', () => {
    const copied = SEED.slice(0, 34);
    const runs = findSharedRuns(course(`本课要点：${copied.slice(0, 10)}，${copied.slice(10)}。其余是自己的话。`), seed(`前言。${SEED}。`));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ file: 'content/lessons/m/l.mdx', seed: '900_test.txt', han: copied, length: 34 });
    expect(runs[0]!.text).toBe(`${copied.slice(0, 10)}，${copied.slice(10)}`);
  });

  it('does not report a shared run of 29 Han characters', () => {
    expect(findSharedRuns(course(`开头不同${SEED.slice(3, 32)}结尾也不同`), seed(SEED))).toEqual([]);
  });

  it('reports exactly 30', () => {
    expect(findSharedRuns(course(`开头不同${SEED.slice(3, 33)}结尾也不同`), seed(SEED))[0]?.length).toBe(30);
  });

  it('matches a Traditional seed against its Simplified copy', () => {
    const traditional = '客服人員在接待客戶時應當先穩定客戶的情緒再瞭解問題的原因最後提出可行的解決辦法並跟蹤結果';
    const runs = findSharedRuns(course(SEED), seed(`說明：${traditional}。`, '003_test.txt'));
    expect(runs.map((run) => [run.seed, run.length])).toEqual([['003_test.txt', 44]]);
  });

  it('ignores the characters the PDF extraction repeated in a seed', () => {
    const garbled = `服服服服务务务务人人人人员员员员：${SEED.slice(0, 20)}${SEED.slice(0, 20)}${SEED.slice(20)}`;
    expect(findSharedRuns(course(`服务人员：${SEED}`), seed(garbled))[0]?.length).toBe(48);
    expect(normaliseHan('信信息息与与通通道道')).toBe('信息与通道');
    expect(normaliseHan('谢谢大家，欢迎常常来')).toBe('谢谢大家欢迎常常来');
  });

  it('lists one run per copied passage, not one per 30-character window', () => {
    const runs = findSharedRuns(course(`${SEED}。中间是自己的话，完全不同。${SEED.slice(0, 31)}`), seed(SEED));
    expect(runs.map((run) => run.length)).toEqual([44, 31]);
  });
});

describe('applyAllowList', () => {
  const run = (file: string, han: string): SharedRun => ({ file, seed: '900_test.txt', han, text: han, length: han.length });
  const quoted = SEED.slice(0, 32);
  const other = SEED.slice(8, 40);

  it('suppresses only the finding its entry names: same file, text within the entry', () => {
    const entry = { file: 'a.mdx', text: `“${quoted.slice(0, 16)}，${quoted.slice(16)}”`, why: 'quoted dialogue' };
    const result = applyAllowList([run('a.mdx', quoted), run('b.mdx', quoted), run('a.mdx', other)], [entry]);
    expect(result.allowed).toEqual([run('a.mdx', quoted)]);
    expect(result.findings).toEqual([run('b.mdx', quoted), run('a.mdx', other)]);
    expect(result.unused).toEqual([]);
  });

  it('does not excuse a longer copy around the allowed text, and reports unused entries', () => {
    const entry = { file: 'a.mdx', text: quoted, why: 'quoted dialogue' };
    const unusedEntry = { file: 'c.mdx', text: quoted, why: 'gone' };
    const result = applyAllowList([run('a.mdx', SEED)], [entry, unusedEntry]);
    expect(result.findings).toHaveLength(1);
    expect(result.unused).toEqual([entry, unusedEntry]);
  });
});

// The whole course against the seed documents (../shared/seeds next to the repository, or
// $OWN_WORDS_SEEDS). Skipped where the seeds are not available.
const root = resolve(import.meta.dirname, '../..');
const seedsDir = findSeedsDir(root);

describe('the course', () => {
  it.skipIf(!seedsDir)('shares no run of 30+ Han characters with a seed beyond test/own-words-allow.yaml', { timeout: 60_000 }, async () => {
    const { findings } = await checkOwnWords(root, seedsDir!);
    expect(findings.map(formatRun)).toEqual([]);
  });
});
