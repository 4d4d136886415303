import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../../../src/lib/progress/record.ts';
import { createProgressStore, type StorageLike } from '../../../src/lib/progress/store.ts';
import type { Attempt, ProgressData } from '../../../src/lib/progress/types.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import { sampleProgress } from './fixtures.ts';
import { memoryStorage, throwingStorage } from './memory-storage.ts';

const KEY = 'course-progress';
const now = () => 9000;
const newId = () => 'NEWID001';
const right: Attempt = { at: 8000, correct: true, score: 1, source: 'lesson' };

const backups = (storage: ReturnType<typeof memoryStorage>) => [...storage.items.keys()].filter((k) => k.startsWith(`${KEY}:backup:`));
const stored = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.items.get(KEY)!) as ProgressData;

describe('createProgressStore', () => {
  it('reads empty progress when nothing is stored', () => {
    expect(createProgressStore({ storage: memoryStorage(), now, newId }).read()).toEqual(emptyProgress(9000, 'NEWID001'));
  });

  it('writes what update changes, stamped with the time', () => {
    const storage = memoryStorage();
    const data = createProgressStore({ storage, now }).update((d) => recordAttempt(d, 'q1', right));
    expect(data.attempts.q1).toEqual([right]);
    expect(stored(storage)).toEqual({ ...data, updatedAt: 9000 });
  });

  it('reads what another tab wrote after the store was made', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, now });
    store.read();
    storage.setItem(KEY, JSON.stringify(sampleProgress()));
    expect(store.read()).toEqual(sampleProgress());
  });

  it('keeps the answers of two tabs recording in turn', () => {
    const storage = memoryStorage();
    const tabA = createProgressStore({ storage, now });
    const tabB = createProgressStore({ storage, now });
    tabA.read();
    tabB.read();
    tabA.update((d) => recordAttempt(d, 'q1', right));
    tabB.update((d) => recordAttempt(d, 'q2', right));
    tabA.update((d) => recordAttempt(d, 'q1', { ...right, at: 8500 }));
    expect(tabB.read().attempts).toEqual({ q1: [right, { ...right, at: 8500 }], q2: [right] });
  });

  it('upgrades version 0 data without calling it a repair', () => {
    const old = { learnerName: '', lessons: {}, answers: { q1: { correct: true, score: 1, at: 8000 } }, exams: [], notebook: {}, practice: {}, updatedAt: 1 };
    const storage = memoryStorage({ [KEY]: JSON.stringify(old) });
    const store = createProgressStore({ storage, now });
    expect(store.read().attempts).toEqual({ q1: [right] });
    expect(store.status()).toEqual({ persistent: true, notices: [] });
    expect(backups(storage)).toEqual([]);
  });

  describe.each([
    ['corrupted JSON', '{"version":1,"lessons":{'],
    ['foreign JSON', '{"theme":"dark"}'],
    ['a JSON list', '[1,2,3]'],
  ])('over %s', (_case, text) => {
    it('reads empty progress, backs the text up and repairs it', () => {
      const storage = memoryStorage({ [KEY]: text });
      const store = createProgressStore({ storage, now });
      expect(store.read()).toMatchObject({ lessons: {}, attempts: {}, exams: [] });
      expect(backups(storage).map((k) => storage.items.get(k))).toEqual([text]);
      expect(stored(storage).version).toBe(3);
      expect(store.status().notices.map((n) => n.kind)).toEqual(['repaired']);
    });
  });

  describe('over data with some wrong types', () => {
    const text = JSON.stringify({ ...sampleProgress(), lessons: { ...sampleProgress().lessons, 'basics/closing': { firstVisit: 'monday' } } });
    const setup = () => {
      const storage = memoryStorage({ [KEY]: text });
      return { storage, store: createProgressStore({ storage, now }) };
    };

    it('keeps the valid parts', () => {
      expect(setup().store.read()).toEqual(sampleProgress());
    });

    it('backs up the stored text once and writes the repaired data', () => {
      const { storage, store } = setup();
      store.read();
      store.read();
      store.update((d) => recordAttempt(d, 'q1', right));
      createProgressStore({ storage, now }).read();
      expect(backups(storage)).toEqual([`${KEY}:backup:9000`]);
      expect(storage.items.get(`${KEY}:backup:9000`)).toBe(text);
      expect(stored(storage).lessons).toEqual(sampleProgress().lessons);
    });

    it('tells the learner once, even across pages', () => {
      const { storage, store } = setup();
      store.read();
      const first = store.status();
      expect(first.notices).toEqual([{ kind: 'repaired', detail: 'lessons["basics/closing"]: firstVisit must be a time in milliseconds' }]);
      expect(store.status().notices).toEqual([]);
      expect(createProgressStore({ storage, now }).status()).toEqual({ persistent: true, notices: [] });
    });

    it('tells the learner even when status is asked before any read', () => {
      expect(
        setup()
          .store.status()
          .notices.map((n) => n.kind),
      ).toEqual(['repaired']);
    });
  });

  describe('over data from a newer version', () => {
    const text = JSON.stringify({ ...sampleProgress(), version: 4, somethingNew: true });
    const setup = () => {
      const storage = memoryStorage({ [KEY]: text });
      return { storage, store: createProgressStore({ storage, now }) };
    };

    it('leaves it untouched and works in memory', () => {
      const { storage, store } = setup();
      expect(store.read().lessons).toEqual(sampleProgress().lessons);
      const data = store.update((d) => recordAttempt(d, 'q9', right));
      expect(storage.items.get(KEY)).toBe(text);
      expect(backups(storage)).toEqual([]);
      expect(store.read().attempts.q9).toEqual(data.attempts.q9);
    });

    it('says so instead of reporting a repair', () => {
      expect(setup().store.status()).toEqual({ persistent: false, notices: [{ kind: 'newer', detail: 'version 4' }] });
    });
  });

  describe.each<[string, StorageLike]>([
    ['no storage', null],
    ['storage that throws on every access', throwingStorage],
    [
      'storage that throws on getItem',
      {
        ...memoryStorage(),
        getItem: () => {
          throw new Error('denied');
        },
      },
    ],
  ])('with %s', (_case, storage) => {
    it('works in memory for this page', () => {
      const store = createProgressStore({ storage, now, newId });
      expect(store.read()).toEqual(emptyProgress(9000, 'NEWID001'));
      store.update((d) => recordAttempt(d, 'q1', right));
      expect(store.read().attempts).toEqual({ q1: [right] });
      expect(store.status()).toEqual({ persistent: false, notices: [{ kind: 'unavailable' }] });
    });

    it('throws nothing, whatever is called', () => {
      const store = createProgressStore({ storage, now });
      expect(() => [store.status(), store.update(() => {}), store.reset(), store.read(), store.status()]).not.toThrow();
    });
  });

  describe('when storage is full', () => {
    const setup = () => {
      const storage = memoryStorage({ [KEY]: JSON.stringify(emptyProgress(1)) }, 400);
      return { storage, store: createProgressStore({ storage, now }) };
    };
    const fill = (d: ProgressData) => {
      for (let i = 0; i < 20; i++) recordAttempt(d, `q${i}`, right);
    };

    it('keeps the change in memory for this page', () => {
      const { storage, store } = setup();
      const data = store.update(fill);
      expect(Object.keys(data.attempts)).toHaveLength(20);
      expect(store.read()).toEqual(data);
      expect(stored(storage).attempts).toEqual({});
    });

    it('says the storage is full', () => {
      const { store } = setup();
      store.update(fill);
      expect(store.status()).toEqual({ persistent: false, notices: [{ kind: 'full' }] });
    });

    it('does not overwrite damaged data it could not back up', () => {
      const text = '{"version":1,"lessons":' + ' '.repeat(300);
      const storage = memoryStorage({ [KEY]: text }, 400);
      const store = createProgressStore({ storage, now });
      store.read();
      expect(storage.items.get(KEY)).toBe(text);
      expect(store.status().notices.map((n) => n.kind)).toEqual(['full', 'repaired']);
    });
  });

  describe('reset', () => {
    it('removes the progress but keeps backups', () => {
      const storage = memoryStorage({ [KEY]: 'not json' });
      let n = 0;
      const store = createProgressStore({ storage, now, newId: () => `NEWID00${++n}` });
      store.update((d) => recordAttempt(d, 'q1', right));
      expect(stored(storage).learnerId).toBe('NEWID001');
      store.reset();
      expect(storage.items.has(KEY)).toBe(false);
      expect(backups(storage)).toHaveLength(1);
      // Progress started afresh (a shared computer) is a new learner's, with a new id.
      expect(store.read()).toEqual(emptyProgress(9000, 'NEWID002'));
    });

    it('lets a store that was full write again', () => {
      const storage = memoryStorage({}, 400);
      const store = createProgressStore({ storage, now });
      store.update((d) => {
        for (let i = 0; i < 20; i++) recordAttempt(d, `q${i}`, right);
      });
      store.reset();
      store.update((d) => recordAttempt(d, 'q1', right));
      expect(stored(storage).attempts).toEqual({ q1: [right] });
      expect(store.status().persistent).toBe(true);
    });

    it('uses the key it was given', () => {
      const storage = memoryStorage({ other: 'x' });
      const store = createProgressStore({ storage, now, key: 'other' });
      store.reset();
      expect(storage.items.has('other')).toBe(false);
    });
  });
});
