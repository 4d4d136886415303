import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/lib/duration.ts';

const LABELS = { short: '不到 1 分钟', minutes: '{minutes} 分钟', hours: '{hours} 小时', hoursMinutes: '{hours} 小时 {minutes} 分钟' };

describe('formatDuration', () => {
  it.each([
    { name: 'says less than a minute for nothing', seconds: 0, text: '不到 1 分钟' },
    { name: 'says less than a minute under half a minute', seconds: 29, text: '不到 1 分钟' },
    { name: 'rounds half a minute up', seconds: 30, text: '1 分钟' },
    { name: 'gives whole minutes under an hour', seconds: 45 * 60 + 10, text: '45 分钟' },
    { name: 'switches to hours when the minutes round up to an hour', seconds: 59 * 60 + 40, text: '1 小时' },
    { name: 'gives hours and minutes', seconds: 65 * 60, text: '1 小时 5 分钟' },
    { name: 'leaves out zero minutes', seconds: 2 * 3600, text: '2 小时' },
    { name: 'keeps counting hours past a day', seconds: 26 * 3600 + 60, text: '26 小时 1 分钟' },
    { name: 'treats negative time as none', seconds: -300, text: '不到 1 分钟' },
    { name: 'treats a non-number as none', seconds: Number.NaN, text: '不到 1 分钟' },
    { name: 'treats infinity as none', seconds: Number.POSITIVE_INFINITY, text: '不到 1 分钟' },
  ])('$name', ({ seconds, text }) => {
    expect(formatDuration(seconds, LABELS)).toBe(text);
  });
});
