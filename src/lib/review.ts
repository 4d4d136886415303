import { createEmptyCard, fsrs, Rating, State, type Grade, type StateType } from 'ts-fsrs';
import { endOfLocalDay } from './dates.ts';

import type { Attempt as StoredAttempt } from './progress/types.ts';

/** What scheduling needs of a recorded answer: when, whether it got full marks, and its score (0–1). */
type Attempt = Pick<StoredAttempt, 'at' | 'correct' | 'score'>;

/** When a question is next due for review, and how its memory stands. */
export interface ReviewItem {
  id: string;
  /** Due time in ms since 1970. */
  due: number;
  /** FSRS card state: New, Learning, Review or Relearning. */
  state: StateType;
  /** Number of attempts replayed. */
  reps: number;
  /** Times a remembered question was forgotten. */
  lapses: number;
}

// No fuzz, so the schedule is the same on every replay and every machine. One learning step of ten
// minutes: a question answered wrongly (a new one, or one forgotten) comes back the same day, so
// today's review is never empty right after mistakes; one answered right the first time waits days.
/** The (re)learning step: how soon a question answered wrongly is due again. */
export const LEARNING_STEP_MINUTES = 10;
const scheduler = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: [`${LEARNING_STEP_MINUTES}m`],
  relearning_steps: [`${LEARNING_STEP_MINUTES}m`],
});

/** The FSRS rating of an attempt: full marks Good, partly right Hard, wrong Again. */
export function ratingOf(attempt: Pick<Attempt, 'correct' | 'score'>): Grade {
  if (attempt.correct) return Rating.Good;
  return attempt.score > 0 ? Rating.Hard : Rating.Again;
}

/**
 * The review schedule derived from the attempt history alone: each question's attempts up to
 * `now` are replayed in time order through FSRS. Questions never attempted are left out.
 */
export function reviewSchedule(attempts: Readonly<Record<string, readonly Attempt[]>>, now: Date | number): ReviewItem[] {
  const until = typeof now === 'number' ? now : now.getTime();
  const schedule: ReviewItem[] = [];
  for (const [id, history] of Object.entries(attempts)) {
    // Stored history may be hand-edited or come from a device with its clock ahead.
    const timeline = history.filter((a) => Number.isFinite(a.at) && a.at <= until).sort((a, b) => a.at - b.at);
    if (timeline.length === 0) continue;
    let card = createEmptyCard(new Date(timeline[0]!.at));
    for (const attempt of timeline) card = scheduler.next(card, new Date(attempt.at), ratingOf(attempt)).card;
    schedule.push({ id, due: card.due.getTime(), state: State[card.state] as StateType, reps: card.reps, lapses: card.lapses });
  }
  return schedule;
}

/** Ids of the questions due at `now`, most overdue first (ties by id, for a stable list). */
export function dueForReview(schedule: readonly Pick<ReviewItem, 'id' | 'due'>[], now: Date | number): string[] {
  const at = typeof now === 'number' ? now : now.getTime();
  return schedule
    .filter((item) => item.due <= at)
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => item.id);
}

/**
 * Ids of the questions due by the end of the learner's day (今日复习): what is due now, and what
 * a learning step brings back later today, such as a question answered wrongly ten minutes ago.
 */
export function dueToday(schedule: readonly Pick<ReviewItem, 'id' | 'due'>[], now: Date | number): string[] {
  return dueForReview(schedule, endOfLocalDay(typeof now === 'number' ? now : now.getTime()));
}
