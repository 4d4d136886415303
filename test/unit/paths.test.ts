import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  customPathPlace,
  customPathQuery,
  parseCustomPath,
  pathMinutes,
  pathProgress,
  placeInPath,
  practiceStepQuestions,
  PRACTICE_STEP_MINUTES,
  shortCode,
  withoutCustomPath,
  shortCodes,
} from '../../src/lib/paths.ts';
import { shareLink } from '../../src/lib/share.ts';
import type { PathStep } from '../../src/schemas/path.ts';

const KNOWN = ['communication/communication-model', 'complaints/six-steps', 'complaints/cake-shop', 'service-quality/five-gaps'];
const MODULES = ['communication', 'complaints'];
const known = { lessons: KNOWN, modules: MODULES };
const lessonsOf = (query: string) => parseCustomPath(query, known);

describe('parseCustomPath reads the links sent before short codes (old links keep working)', () => {
  it.each([
    {
      name: 'reads the lessons in the order of the link',
      query: '?lessons=complaints/six-steps,communication/communication-model',
      lessons: ['complaints/six-steps', 'communication/communication-model'],
      unknown: [],
    },
    { name: 'reads a query without the leading "?"', query: 'lessons=complaints/six-steps', lessons: ['complaints/six-steps'], unknown: [] },
    {
      name: 'trims spaces and drops empty entries',
      query: '?lessons= complaints/six-steps ,,%20complaints/cake-shop,',
      lessons: ['complaints/six-steps', 'complaints/cake-shop'],
      unknown: [],
    },
    {
      name: 'keeps the first of repeated lessons',
      query: '?lessons=complaints/cake-shop,complaints/six-steps,complaints/cake-shop',
      lessons: ['complaints/cake-shop', 'complaints/six-steps'],
      unknown: [],
    },
    {
      name: 'puts unknown ids aside, once each',
      query: '?lessons=complaints/six-steps,complaints/nope,nope,complaints/nope',
      lessons: ['complaints/six-steps'],
      unknown: ['complaints/nope', 'nope'],
    },
    {
      name: 'decodes escaped slashes and strips slashes around an id',
      query: '?lessons=complaints%2Fsix-steps,/service-quality/five-gaps/',
      lessons: ['complaints/six-steps', 'service-quality/five-gaps'],
      unknown: [],
    },
    {
      name: 'reads every lessons parameter and ignores other parameters',
      query: '?from=wechat&lessons=complaints/six-steps&lessons=complaints/cake-shop',
      lessons: ['complaints/six-steps', 'complaints/cake-shop'],
      unknown: [],
    },
    { name: 'returns nothing for a link without lessons', query: '?seed=42', lessons: [], unknown: [] },
    { name: 'returns nothing for an empty query', query: '', lessons: [], unknown: [] },
  ])('$name', ({ query, lessons, unknown }) => {
    const path = lessonsOf(query);
    expect(path.steps).toEqual(lessons.map((lesson) => ({ lesson })));
    expect(path.unknown).toEqual(unknown);
  });

  it.each([
    { name: 'reads the title of a link', query: '?lessons=a/b&title=%E6%8A%95%E8%AF%89%20%26%20%E5%9B%9E%E8%AE%BF', title: '投诉 & 回访' },
    { name: 'trims spaces', query: '?title=%20%E6%8A%95%E8%AF%89%20', title: '投诉' },
    { name: 'returns an empty string without a title', query: '?lessons=a/b', title: '' },
    { name: 'keeps markup as plain text', query: `?title=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, title: '<img src=x onerror=alert(1)>' },
    { name: 'cuts a long title to 60 characters', query: `?title=${'长'.repeat(80)}`, title: '长'.repeat(60) },
  ])('title: $name', ({ query, title }) => {
    expect(lessonsOf(query).title).toBe(title);
  });
});

describe('short custom path links', () => {
  const { codes } = shortCodes([...KNOWN, ...MODULES]);
  const steps: PathStep[] = [{ lesson: 'complaints/six-steps' }, { practice: 'complaints' }, { lesson: 'communication/communication-model' }];

  it('writes a four-character code per lesson, "_" and the module code for practice, joined by dots', () => {
    expect(customPathQuery(steps, codes)).toBe(`?p=${shortCode('complaints/six-steps')}._${shortCode('complaints')}.${shortCode('communication/communication-model')}`);
    expect(shortCode('complaints/six-steps')).toMatch(/^[0-9a-z]{4}$/);
  });

  it('gives back the same steps, title and note when read', () => {
    const query = customPathQuery(steps, codes, { title: ' 新人第一周：电话 + 投诉 ', note: '请在周五前学完 & 做完练习。' });
    expect(lessonsOf(query)).toEqual({ steps, unknown: [], title: '新人第一周：电话 + 投诉', note: '请在周五前学完 & 做完练习。' });
  });

  it('writes an id without a code in full, and reads it back', () => {
    const query = customPathQuery([{ lesson: 'complaints/cake-shop' }], new Map());
    expect(query).toBe('?p=complaints/cake-shop');
    expect(lessonsOf(query).steps).toEqual([{ lesson: 'complaints/cake-shop' }]);
  });

  it('leaves out a blank title and note, and gives no query without steps', () => {
    expect(customPathQuery(steps.slice(0, 1), codes, { title: '  ', note: ' ' })).toBe(`?p=${shortCode('complaints/six-steps')}`);
    expect(customPathQuery([], codes, { title: '投诉' })).toBe('');
  });

  it('cuts a long note to 200 characters and lists codes it does not know', () => {
    const path = lessonsOf(`?p=zzzz.${shortCode('complaints/cake-shop')}._qqqq&n=${'话'.repeat(300)}`);
    expect(path.note).toBe('话'.repeat(200));
    expect(path.unknown).toEqual(['zzzz', '_qqqq']);
    expect(path.steps).toEqual([{ lesson: 'complaints/cake-shop' }]);
  });

  it('fits ten lessons of the real course and a title into a link of about 150 characters', () => {
    const lessons = readdirSync('content/lessons', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, '').replaceAll('\\', '/'));
    const all = shortCodes(lessons);
    const ten = lessons.slice(0, 10).map((lesson) => ({ lesson }));
    const { url } = shareLink(
      { path: ten, codes: all.codes, title: '新员工第一周' },
      { site: 'https://training.example.cn', base: '/', page: 'http://localhost:4321/paths/custom/' },
    );
    expect(url.length).toBeLessThanOrEqual(150);
    expect(parseCustomPath(new URL(url).search, { lessons, modules: [] }).steps).toEqual(ten);
  });
});

describe('lesson codes', () => {
  // Codes already sent in links: they must never change, or those links would break.
  const PUBLISHED: Record<string, string> = {
    'communication/communication-barriers': 'j87b',
    'communication/communication-model': 'h31o',
    'communication/ge-open-door': 'nb4i',
    'complaints/cake-shop': 'fz8j',
    'complaints/complaint-numbers': 'bjie',
    'complaints/ms-meng-postage': 'svqy',
    'complaints/six-steps': 'ruza',
    'customer-psychology/haier-first-class-csr': 'fkls',
    'customer-psychology/needs-hierarchy': 'xaod',
    'customer-psychology/reactive-and-proactive': 'ldlp',
    'product-value/four-layers': '3zde',
    'product-value/product-and-service': '29cm',
    'product-value/three-levels': '497t',
    'receiving-customers/helping-customers': '9a8z',
    'receiving-customers/listening': 'jehv',
    'receiving-customers/needs-and-welcome': '2wd2',
    'receiving-customers/questioning': 'b5ba',
    'receiving-customers/restating': 'wrtn',
    'service-awareness/service-definition': 'neii',
    'service-awareness/service-levels': 'nylo',
    'service-awareness/service-mindset': 'k3ut',
    'service-awareness/why-service-matters': 'bbeg',
    'service-quality/excellent-service': 'mkbb',
    'service-quality/five-gaps': 'rcz9',
    'service-quality/loyalty-80-20': '5gwh',
    'service-quality/smart-standards': 's76p',
    'telephone-etiquette/agent-32-case': 'k2np',
    'telephone-etiquette/csr-role-and-customer-types': 'x05n',
    'telephone-etiquette/dont-say-say-instead': 's8en',
    'telephone-etiquette/phone-etiquette-rules': '3tgu',
    communication: '46n7',
    complaints: 'i7xn',
    'customer-psychology': 'v321',
    'product-value': 'ducw',
    'receiving-customers': '9q3d',
    'service-awareness': 'myl0',
    'service-quality': 'l534',
    'telephone-etiquette': '6hmq',
  };

  it('never change for a published lesson', () => {
    for (const [id, code] of Object.entries(PUBLISHED)) expect(shortCode(id), id).toBe(code);
  });

  it('are different for every lesson and module of the course', () => {
    const lessons = readdirSync('content/lessons', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, '').replaceAll('\\', '/'));
    const modules = readdirSync('content/modules').map((f) => f.replace(/\.yaml$/, ''));
    expect(shortCodes([...lessons, ...modules]).clash).toBeUndefined();
    expect(shortCodes(['a', 'b', 'a']).clash).toBeUndefined();
  });

  it('names the two ids when codes clash', () => {
    // Found by search: two ids whose codes are equal.
    const [a, b] = ['lesson-218', 'lesson-12024'];
    expect(shortCode(a)).toBe(shortCode(b));
    expect(shortCodes(['x', a, b]).clash).toEqual([a, b]);
  });
});

describe('pathMinutes', () => {
  const minutes: Record<string, number> = { 'a/one': 15, 'a/two': 20 };

  it('adds the minutes of each lesson', () => {
    expect(pathMinutes([{ lesson: 'a/one' }, { lesson: 'a/two' }], (id) => minutes[id]!)).toBe(35);
  });

  it('adds a fixed estimate for each practice step', () => {
    expect(pathMinutes([{ lesson: 'a/one' }, { practice: 'a' }, { practice: 'b', label: '练习' }], (id) => minutes[id]!)).toBe(15 + 2 * PRACTICE_STEP_MINUTES);
  });

  it('returns 0 for no steps', () => {
    expect(pathMinutes([], () => 99)).toBe(0);
  });
});

describe('pathProgress', () => {
  const steps: PathStep[] = [
    { lesson: 'communication/communication-model' },
    { practice: 'communication', label: '练习：沟通原理' },
    { lesson: 'complaints/six-steps' },
    { lesson: 'complaints/cake-shop' },
    { practice: 'complaints' },
  ];

  it.each([
    { name: 'starts at the first step', completed: [], done: 0, next: steps[0] },
    { name: 'suggests practice after the lessons before it', completed: ['communication/communication-model'], done: 1, next: steps[1] },
    {
      name: 'skips practice the learner has moved beyond',
      completed: ['communication/communication-model', 'complaints/six-steps'],
      done: 2,
      next: steps[3],
    },
    { name: 'goes back to a skipped lesson', completed: ['complaints/six-steps', 'complaints/cake-shop'], done: 2, next: steps[0] },
    { name: 'ignores lessons outside the path', completed: ['service-quality/five-gaps'], done: 0, next: steps[0] },
    {
      name: 'has no next step once every lesson is completed',
      completed: ['communication/communication-model', 'complaints/six-steps', 'complaints/cake-shop'],
      done: 3,
      next: undefined,
    },
  ])('$name', ({ completed, done, next }) => {
    expect(pathProgress(steps, new Set(completed))).toEqual({ done, total: 3, ...(next ? { next } : {}) });
  });

  it('counts practice steps too once their completion is given', () => {
    const modelDone = ['communication/communication-model'];
    expect(pathProgress(steps, new Set(modelDone), new Set())).toEqual({ done: 1, total: 5, next: steps[1] });
    expect(pathProgress(steps, new Set(modelDone), new Set(['communication']))).toEqual({ done: 2, total: 5, next: steps[2] });
    const allLessons = [...modelDone, 'complaints/six-steps', 'complaints/cake-shop'];
    // Practice moved beyond is not suggested, but the last practice is, and it counts once done.
    expect(pathProgress(steps, new Set(allLessons), new Set())).toEqual({ done: 3, total: 5, next: steps[4] });
    expect(pathProgress(steps, new Set(allLessons), new Set(['communication', 'complaints']))).toEqual({ done: 5, total: 5 });
  });

  it('counts no lessons in a path of practice only', () => {
    expect(pathProgress([{ practice: 'complaints' }], new Set())).toEqual({ done: 0, total: 0 });
  });
});

describe('placeInPath', () => {
  const steps: PathStep[] = [{ lesson: 'a/one' }, { lesson: 'a/two' }, { practice: 'a' }, { lesson: 'b/three' }];

  it('gives the step number among all steps and the steps before and after it', () => {
    expect(placeInPath(steps, 'a/two')).toEqual({ position: 2, total: 4, prev: { lesson: 'a/one' }, next: { practice: 'a' } });
    expect(placeInPath(steps, 'a/one')).toEqual({ position: 1, total: 4, next: { lesson: 'a/two' } });
  });

  it('places a practice step too', () => {
    expect(placeInPath(steps, { practice: 'a' })).toEqual({ position: 3, total: 4, prev: { lesson: 'a/two' }, next: { lesson: 'b/three' } });
    expect(placeInPath(steps, { practice: 'b' })).toBeUndefined();
  });

  it('has no next step for the last one', () => {
    expect(placeInPath(steps, 'b/three')).toEqual({ position: 4, total: 4, prev: { practice: 'a' } });
  });

  it('is undefined for a lesson the path does not include', () => {
    expect(placeInPath(steps, 'c/four')).toBeUndefined();
  });
});

describe('withoutCustomPath', () => {
  it('takes out the steps, title and note of a custom path link, old or short, and keeps the rest', () => {
    expect(withoutCustomPath('?p=k3ut.ruza&t=%E7%AC%AC%E4%B8%80%E5%91%A8&n=note&x=1')).toBe('?x=1');
    expect(withoutCustomPath('?lessons=a/one,a/two&title=old')).toBe('');
    expect(withoutCustomPath('')).toBe('');
  });
});

describe('customPathPlace', () => {
  const catalog = { lessons: { 'a/one': '第一课', 'a/two': '第二课', 'b/three': '第三课' }, modules: { a: '模块 A 练习' } };
  const urls = {
    customPath: (query = '') => `/course/paths/custom/${query}`,
    lesson: (id: string) => `/course/lessons/${id}/`,
    practice: (id: string) => `/course/practice/${id}/`,
  };
  const codes = new Map(
    [
      ['a/one', 'k1'],
      ['a/two', 'k2'],
      ['b/three', 'k3'],
      ['a', 'm1'],
    ].map(([id]) => [id!, shortCode(id!)]),
  );
  const search = customPathQuery([{ lesson: 'a/one' }, { lesson: 'a/two' }, { practice: 'a' }, { lesson: 'b/three' }], codes, { title: '第一周', note: '周五前学完' });

  it('places a lesson of the link and passes the path on to the next lesson, the note included for the way back', () => {
    const place = customPathPlace(search, 'a/one', catalog, urls)!;
    expect(place).toMatchObject({ position: 1, total: 4, title: '第一周', nextStep: { title: '第二课' } });
    const next = new URL(place.nextStep!.href, 'https://x.cn');
    expect(next.pathname).toBe('/course/lessons/a/two/');
    expect(customPathPlace(next.search, 'a/two', catalog, urls)).toMatchObject({ position: 2, total: 4, title: '第一周' });
    // Back to the path page from any lesson of it, note included.
    const back = customPathPlace(next.search, 'a/two', catalog, urls)!.back;
    expect(new URL(back, 'https://x.cn').searchParams.get('n')).toBe('周五前学完');
  });

  it('gives the link a learner keeps to find the path again: the path itself, placed the same from any of its lessons', () => {
    const kept = customPathPlace(`${search}&utm_source=wechat`, 'a/one', catalog, urls)!.query;
    expect(customPathPlace(kept, 'b/three', catalog, urls)).toMatchObject({ position: 4, total: 4, title: '第一周' });
    expect(new URLSearchParams(kept).get('n')).toBe('周五前学完');
  });

  it('links a practice step to its practice set with the path, places that set in it, and has no next step after the last', () => {
    const practice = customPathPlace(search, 'a/two', catalog, urls)!.nextStep!;
    expect(practice.title).toBe('模块 A 练习');
    const set = new URL(practice.href, 'https://x.cn');
    expect(set.pathname).toBe('/course/practice/a/');
    expect(customPathPlace(set.search, { practice: 'a' }, catalog, urls)).toMatchObject({ position: 3, total: 4, nextStep: { title: '第三课' } });
    expect(customPathPlace(search, 'b/three', catalog, urls)).toMatchObject({ position: 4, total: 4 });
    expect(customPathPlace(search, 'b/three', catalog, urls)!.nextStep).toBeUndefined();
  });

  it('is undefined for a lesson outside the path or a link without one', () => {
    expect(customPathPlace(search, 'c/four', catalog, urls)).toBeUndefined();
    expect(customPathPlace('?path=new-hire', 'a/one', catalog, urls)).toBeUndefined();
  });
});

describe('practiceStepQuestions', () => {
  const questions: Record<string, string[]> = {
    'm/one': ['1a', '1b', '1c', '1d', '1e', '1f', '1g'],
    'm/two': ['2a', '2b', '2c'],
    'm/three': ['3a', '3b', '3c', '3d', '3e'],
  };
  const of = (id: string) => questions[id] ?? [];
  const module = ['m/one', 'm/two', 'm/three'];

  it("takes PRACTICE_STEP_MINUTES' worth, first from the lessons the path took before the step, in turn", () => {
    const steps: PathStep[] = [{ lesson: 'm/two' }, { lesson: 'x/other' }, { lesson: 'm/three' }, { practice: 'm' }, { lesson: 'm/one' }];
    const chosen = practiceStepQuestions(steps, 3, module, of);
    expect(chosen).toHaveLength(PRACTICE_STEP_MINUTES);
    expect(chosen).toEqual(['2a', '3a', '2b', '3b', '2c', '3c', '3d', '3e', '1a', '1b']);
  });

  it('gives every question of a small module, without repeats', () => {
    expect(practiceStepQuestions([{ practice: 'm' }], 0, ['m/two'], of)).toEqual(['2a', '2b', '2c']);
  });
});
