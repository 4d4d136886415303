import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { dueForReview, dueToday, LEARNING_STEP_MINUTES, ratingOf, reviewSchedule } from '../../src/lib/review.ts';
import type { Attempt } from '../../src/lib/progress/types.ts';

const DAY = 24 * 60 * 60 * 1000;
// Noon on 10 March 2025, UTC: "today" in every timeline below.
const TODAY = Date.UTC(2025, 2, 10, 12);
const daysAgo = (days: number, hours = 0) => TODAY - days * DAY + hours * 60 * 60 * 1000;
const right = (at: number): Attempt => ({ at, correct: true, score: 1, source: 'lesson' });
const wrong = (at: number): Attempt => ({ at, correct: false, score: 0, source: 'lesson' });
const partly = (at: number): Attempt => ({ at, correct: false, score: 0.5, source: 'lesson' });

const itemOf = (attempts: Attempt[], now = TODAY) => reviewSchedule({ q: attempts }, now)[0]!;

describe('ratingOf', () => {
  it.each([
    { answer: 'a right answer', attempt: { correct: true, score: 1 }, rating: Rating.Good, name: 'Good' },
    { answer: 'a partly right answer', attempt: { correct: false, score: 0.5 }, rating: Rating.Hard, name: 'Hard' },
    { answer: 'a wrong answer', attempt: { correct: false, score: 0 }, rating: Rating.Again, name: 'Again' },
  ])('rates $answer $name', ({ attempt, rating }) => {
    expect(ratingOf(attempt)).toBe(rating);
  });
});

describe('reviewSchedule', () => {
  it('makes a question answered wrong yesterday due today', () => {
    const item = itemOf([wrong(daysAgo(1, -3))]);
    expect(item.due).toBeLessThanOrEqual(TODAY);
    expect(dueForReview([item], TODAY)).toEqual(['q']);
  });

  it('does not make a question answered right twice over a week due tomorrow', () => {
    const item = itemOf([right(daysAgo(7)), right(daysAgo(0, -1))]);
    expect(item.due).toBeGreaterThan(TODAY + DAY);
    expect(item.state).toBe('Review');
    expect(item.reps).toBe(2);
  });

  it('brings a partly right answer back sooner than a right one', () => {
    expect(itemOf([partly(daysAgo(1))]).due).toBeLessThan(itemOf([right(daysAgo(1))]).due);
  });

  it('counts a lapse when a remembered question is answered wrong', () => {
    const item = itemOf([right(daysAgo(10)), right(daysAgo(5)), wrong(daysAgo(0, -1))]);
    expect(item.lapses).toBe(1);
    expect(item.due).toBeLessThan(itemOf([right(daysAgo(10)), right(daysAgo(5)), right(daysAgo(0, -1))]).due);
  });

  it('replays attempts in time order, whatever order they are stored in', () => {
    const attempts = [right(daysAgo(7)), wrong(daysAgo(3)), right(daysAgo(1))];
    expect(itemOf([...attempts].reverse())).toEqual(itemOf(attempts));
  });

  it('gives the same schedule on every replay (no fuzz)', () => {
    const attempts = { a: [right(daysAgo(30)), right(daysAgo(20)), right(daysAgo(5))], b: [wrong(daysAgo(2)), right(daysAgo(1))] };
    expect(reviewSchedule(attempts, TODAY)).toEqual(reviewSchedule(attempts, TODAY));
  });

  it('ignores attempts after now and questions never attempted', () => {
    const schedule = reviewSchedule({ future: [wrong(TODAY + DAY)], none: [], past: [wrong(daysAgo(2)), right(TODAY + DAY)] }, new Date(TODAY));
    expect(schedule.map((item) => [item.id, item.reps])).toEqual([['past', 1]]);
  });
});

describe('dueForReview', () => {
  it('lists the most overdue question first', () => {
    const schedule = reviewSchedule(
      {
        'wrong-yesterday': [wrong(daysAgo(1, -2))],
        'wrong-last-week': [wrong(daysAgo(7))],
        'right-today': [right(daysAgo(0, -1))],
        'wrong-three-days-ago': [wrong(daysAgo(3))],
      },
      TODAY,
    );
    expect(dueForReview(schedule, TODAY)).toEqual(['wrong-last-week', 'wrong-three-days-ago', 'wrong-yesterday']);
  });

  it('orders questions due at the same time by id', () => {
    expect(
      dueForReview(
        [
          { id: 'b', due: 5 },
          { id: 'a', due: 5 },
          { id: 'c', due: 6 },
        ],
        10,
      ),
    ).toEqual(['a', 'b', 'c']);
  });

  it('counts a question due exactly now as due', () => {
    expect(dueForReview([{ id: 'a', due: TODAY }], new Date(TODAY))).toEqual(['a']);
  });
});

describe('learning steps (a wrong answer comes back the same day)', () => {
  it('makes a question answered wrongly a minute ago due again in ten minutes, within today', () => {
    const at = TODAY - 60_000;
    const item = itemOf([wrong(at)]);
    expect(item.state).toBe('Learning');
    expect(item.due).toBe(at + LEARNING_STEP_MINUTES * 60_000);
    expect(dueToday([item], TODAY)).toEqual(['q']);
  });

  it("lists three questions answered wrongly just now in today's review", () => {
    const schedule = reviewSchedule({ a: [wrong(TODAY - 3000)], b: [wrong(TODAY - 2000)], c: [partly(TODAY - 1000)] }, TODAY);
    expect(dueToday(schedule, TODAY)).toEqual(['a', 'b', 'c']);
  });

  it('brings back a question forgotten after being learnt the same day too', () => {
    const item = itemOf([right(daysAgo(5)), wrong(TODAY - 60_000)]);
    expect(item.state).toBe('Relearning');
    expect(dueToday([item], TODAY)).toEqual(['q']);
  });

  it("keeps a question answered right the first time out of today's review", () => {
    expect(dueToday([itemOf([right(TODAY - 60_000)])], TODAY)).toEqual([]);
  });

  it("takes a question out of today's review once it is answered right after its step", () => {
    const item = itemOf([wrong(TODAY - 30 * 60_000), right(TODAY - 5 * 60_000)]);
    expect(item.state).toBe('Review');
    expect(dueToday([item], TODAY)).toEqual([]);
  });
});
