import { describe, expect, it } from 'vitest';
import { recordExport } from '../../../src/lib/progress/record.ts';
import { EXPORT_REMINDER_DAYS, exportReminderDue } from '../../../src/lib/progress/summary.ts';
import { exportProgress, importProgress } from '../../../src/lib/progress/transfer.ts';
import { emptyProgress, validateProgress } from '../../../src/lib/progress/validate.ts';
import { sampleProgress } from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('exportReminderDue', () => {
  it('stays quiet for a learner with no progress', () => {
    expect(exportReminderDue(emptyProgress(0), 100 * DAY)).toBe(false);
  });

  it('reminds a learner who never exported once their first study is 14 days old', () => {
    const data = sampleProgress(); // first visit at 1000 ms
    expect(exportReminderDue(data, 1000 + (EXPORT_REMINDER_DAYS - 1) * DAY)).toBe(false);
    expect(exportReminderDue(data, 1000 + EXPORT_REMINDER_DAYS * DAY)).toBe(true);
  });

  it('counts the 14 days from the last export', () => {
    const data = sampleProgress();
    recordExport(data, 20 * DAY);
    expect(exportReminderDue(data, 30 * DAY)).toBe(false);
    expect(exportReminderDue(data, 34 * DAY)).toBe(true);
  });
});

describe('the export time', () => {
  it('is kept by validation and never moves back', () => {
    const data = sampleProgress();
    recordExport(data, 500);
    recordExport(data, 400);
    expect(validateProgress(JSON.parse(JSON.stringify(data))).data.exportedAt).toBe(500);
    expect(validateProgress({ ...data, exportedAt: 'yesterday' }).dropped).toEqual(['exportedAt must be a time in milliseconds']);
  });

  it('takes the later of the two sides on import', () => {
    const mine = sampleProgress();
    recordExport(mine, 100);
    const theirs = sampleProgress();
    recordExport(theirs, 900);
    const result = importProgress(exportProgress(theirs), mine);
    expect(result.ok && result.data.exportedAt).toBe(900);
  });
});
