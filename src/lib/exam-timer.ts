/** The exam countdown as pure arithmetic: the element keeps a deadline and asks these what to show and say. */

/** How long the learner has, after time is up, to ask for more time before the exam is submitted (WCAG 2.2.1: at least 20 s). */
export const GRACE_MS = 20_000;

/** How much time one press of "extend" adds. */
export const EXTENSION_MS = 10 * 60_000;

/** Moments announced to the learner: 5 minutes left, 1 minute left, time up. */
export type TimerAlert = 'five' | 'one' | 'up';

const THRESHOLDS: [TimerAlert, number][] = [
  ['up', 0],
  ['one', 60_000],
  ['five', 5 * 60_000],
];

/**
 * Time left as an exam clock counts it, in minutes and seconds: "59:07", "70:00". Seconds are
 * rounded up, so the clock shows 00:00 only once time is really up; time past the deadline shows as 00:00.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * What to announce when the time left goes from `before` to `after` (ms; the clock may jump
 * when a laptop wakes up): the most urgent moment passed in between, or null. Each moment is
 * announced when it is reached, not at the start: an exam of 5 minutes does not begin with a warning.
 */
export function timerAlert(before: number, after: number): TimerAlert | null {
  for (const [alert, at] of THRESHOLDS) if (before > at && after <= at) return alert;
  return null;
}

/** The new deadline after an extension: time is added to what is left, or to now when time is already up. */
export function extendDeadline(deadline: number, now: number, by = EXTENSION_MS): number {
  return Math.max(deadline, now) + by;
}

/** Whether an exam whose time ran out at `deadline` must now be submitted: the grace period is over. */
export function graceOver(deadline: number, now: number, grace = GRACE_MS): boolean {
  return now - deadline >= grace;
}

/** Whole seconds of grace left before automatic submission, for the visible countdown. */
export function graceSecondsLeft(deadline: number, now: number, grace = GRACE_MS): number {
  return Math.max(0, Math.ceil((deadline + grace - now) / 1000));
}
