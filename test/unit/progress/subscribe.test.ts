import { describe, expect, it } from 'vitest';
import { markComplete, recordAttempt, setPracticePosition } from '../../../src/lib/progress/record.ts';
import { createProgressStore } from '../../../src/lib/progress/store.ts';
import type { ProgressData } from '../../../src/lib/progress/types.ts';
import { sampleProgress } from './fixtures.ts';
import { memoryStorage } from './memory-storage.ts';

const now = () => 9000;

describe('ProgressStore.subscribe', () => {
  it('tells every subscriber about each update on this page, with the new data', () => {
    const store = createProgressStore({ storage: memoryStorage(), now });
    const seenA: ProgressData[] = [];
    const seenB: ProgressData[] = [];
    store.subscribe((d) => seenA.push(d));
    store.subscribe((d) => seenB.push(d));
    store.update((d) => markComplete(d, 'm/lesson', 1000));
    store.update((d) => recordAttempt(d, 'q1', { at: 2000, correct: false, score: 0, source: 'lesson' }));
    expect(seenA.map((d) => Object.keys(d.attempts).length)).toEqual([0, 1]);
    expect(seenA[0]!.lessons['m/lesson']?.completedAt).toBe(1000);
    expect(seenB).toHaveLength(2);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createProgressStore({ storage: memoryStorage(), now });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.update((d) => setPracticePosition(d, 'sequential', 3));
    unsubscribe();
    store.update((d) => setPracticePosition(d, 'sequential', 4));
    expect(calls).toBe(1);
  });

  it('tells subscribers when another tab changed the stored progress', () => {
    const storage = memoryStorage();
    let changed = () => {};
    const store = createProgressStore({ storage, now, watch: (notify) => (changed = notify) });
    const seen: ProgressData[] = [];
    store.subscribe((d) => seen.push(d));
    storage.setItem('course-progress', JSON.stringify(sampleProgress()));
    changed();
    expect(seen).toEqual([sampleProgress()]);
  });

  it('tells subscribers when progress is reset', () => {
    const store = createProgressStore({ storage: memoryStorage(), now });
    store.update((d) => markComplete(d, 'm/lesson', 1000));
    const seen: ProgressData[] = [];
    store.subscribe((d) => seen.push(d));
    store.reset();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.lessons).toEqual({});
  });

  it('gives each subscriber its own copy', () => {
    const store = createProgressStore({ storage: memoryStorage(), now });
    store.subscribe((d) => markComplete(d, 'm/tampered', 1));
    let second: ProgressData | undefined;
    store.subscribe((d) => (second = d));
    store.update((d) => markComplete(d, 'm/lesson', 1000));
    expect(second!.lessons['m/tampered']).toBeUndefined();
    expect(store.read().lessons['m/tampered']).toBeUndefined();
  });
});
