import { describe, expect, it } from 'vitest';
import { isLearnerId, newLearnerId } from '../../../src/lib/progress/learner-id.ts';
import { assignLearnerId, setStaffId } from '../../../src/lib/progress/record.ts';
import { createProgressStore } from '../../../src/lib/progress/store.ts';
import { exportProgress, importProgress, readProgressFile } from '../../../src/lib/progress/transfer.ts';
import type { ProgressData } from '../../../src/lib/progress/types.ts';
import { emptyProgress, validateProgress } from '../../../src/lib/progress/validate.ts';
import { sampleProgress } from './fixtures.ts';
import { memoryStorage } from './memory-storage.ts';

const KEY = 'course-progress';
const now = () => 9000;
const counter = () => {
  let n = 0;
  return () => `NEWID00${++n}`;
};

describe('a learner id', () => {
  it('is 8 random characters of Crockford base 32, different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newLearnerId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(newLearnerId((bytes) => bytes.fill(33))).toBe('11111111');
    expect(isLearnerId('7KQ2M9XD')).toBe(true);
    expect(isLearnerId('a b')).toBe(false);
  });

  it('is made with new progress: the same on every read of the page, and stored with the first change', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, now, newId: counter() });
    expect(store.read().learnerId).toBe('NEWID001');
    expect(store.read().learnerId).toBe('NEWID001');
    store.update(() => {});
    expect((JSON.parse(storage.items.get(KEY)!) as ProgressData).learnerId).toBe('NEWID001');
    expect(createProgressStore({ storage, now, newId: counter() }).read().learnerId).toBe('NEWID001');
  });

  it('is given to progress stored before ids existed, written at once, with nothing else changed', () => {
    const old: Partial<ProgressData> = sampleProgress();
    delete old.learnerId;
    delete old.staffId;
    const storage = memoryStorage({ [KEY]: JSON.stringify(old) });
    const store = createProgressStore({ storage, now, newId: counter() });
    expect(store.read()).toEqual({ ...sampleProgress(), learnerId: 'NEWID001', staffId: '' });
    expect(JSON.parse(storage.items.get(KEY)!)).toEqual({ ...old, learnerId: 'NEWID001', staffId: '' });
    // Another page (another store) reads the same id: it never changes again.
    expect(createProgressStore({ storage, now, newId: counter() }).read().learnerId).toBe('NEWID001');
    expect(store.status().notices).toEqual([]);
  });

  it('is kept once given', () => {
    const data = sampleProgress();
    assignLearnerId(data, 'OTHER123');
    expect(data.learnerId).toBe('K7Q2M9XD');
  });

  it('travels in every exported file, with the 工号, and an invalid one is dropped, not the progress', () => {
    const read = readProgressFile(exportProgress(sampleProgress(), 1));
    expect(read).toMatchObject({ ok: true, data: { learnerId: 'K7Q2M9XD', staffId: '1024' }, dropped: [] });
    const { data, dropped } = validateProgress({ ...sampleProgress(), learnerId: '<script>' });
    expect(data.learnerId).toBe('');
    expect(data.lessons).toEqual(sampleProgress().lessons);
    expect(dropped).toEqual([expect.stringMatching(/^learnerId must be/)]);
  });

  it('of the file is taken when progress nobody used yet imports it; used progress keeps its own', () => {
    const file = exportProgress(sampleProgress(), 1);
    const fresh = importProgress(file, emptyProgress(5, 'FRESH001'));
    expect(fresh.ok && [fresh.data.learnerId, fresh.data.staffId]).toEqual(['K7Q2M9XD', '1024']);
    const used: ProgressData = { ...emptyProgress(5, 'MINE0001'), favourites: { q: 1 } };
    const merged = importProgress(file, used);
    expect(merged.ok && [merged.data.learnerId, merged.data.staffId]).toEqual(['MINE0001', '1024']);
  });

  it("tells when a file is another learner's: this device's progress in use, under another id", () => {
    const file = exportProgress({ ...sampleProgress(), learnerName: '李四' }, 1);
    const used: ProgressData = { ...emptyProgress(5, 'MINE0001'), favourites: { q: 1 } };
    expect(importProgress(file, used)).toMatchObject({ ok: true, otherLearner: { name: '李四', id: 'K7Q2M9XD' } });
    // A new device restoring the file, or the learner's own file again: nothing to ask.
    expect(importProgress(file, emptyProgress(5, 'FRESH001'))).not.toHaveProperty('otherLearner');
    expect(importProgress(file, { ...used, learnerId: 'K7Q2M9XD' })).not.toHaveProperty('otherLearner');
  });
});

describe('setStaffId', () => {
  it('keeps the 工号 trimmed and at most 20 characters; empty takes it away', () => {
    const data = emptyProgress(1);
    setStaffId(data, '  1024 ');
    expect(data.staffId).toBe('1024');
    setStaffId(data, 'x'.repeat(30));
    expect(data.staffId).toHaveLength(20);
    setStaffId(data, ' ');
    expect(data.staffId).toBe('');
  });
});
