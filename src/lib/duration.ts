import { fill } from './template.ts';

/** How to say a duration, e.g. `{ short: '不到 1 分钟', minutes: '{minutes} 分钟', hours: '{hours} 小时', hoursMinutes: '{hours} 小时 {minutes} 分钟' }`. */
export interface DurationLabels {
  /** Less than half a minute. */
  short: string;
  minutes: string;
  hours: string;
  hoursMinutes: string;
}

/**
 * A duration for people: whole minutes under an hour, hours and minutes above it
 * ("45 分钟", "1 小时 5 分钟", "2 小时"). Rounded to the nearest minute; anything that is not
 * a positive number of seconds, or rounds to no minute at all, is `labels.short`.
 */
export function formatDuration(seconds: number, labels: DurationLabels): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds / 60) : 0;
  if (total === 0) return labels.short;
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return fill(labels.minutes, { minutes });
  return fill(minutes === 0 ? labels.hours : labels.hoursMinutes, { hours, minutes });
}
