/** Practice sets: the course order of questions, moving through a set, and drawing random sets. */
import { moduleOf } from './exam.ts';
import { seededRandom, shuffle } from './random.ts';

/** How many questions a random practice set has. */
const RANDOM_SET_SIZE = 10;

/** Key of the sequential practice position in `progress.practice`. */
export const SEQUENTIAL_KEY = 'sequential';

/**
 * Questions in course order: lesson by lesson as `lessonIds` lists them, and within a lesson in
 * the order given (the order of its question file). Questions of lessons not listed are left out.
 */
export function courseOrder<T extends { lesson: string }>(lessonIds: readonly string[], questions: readonly T[]): T[] {
  const byLesson = new Map<string, T[]>(lessonIds.map((id) => [id, []]));
  for (const question of questions) byLesson.get(question.lesson)?.push(question);
  return [...byLesson.values()].flat();
}

/** `position` made a valid index into a set of `total` questions: a whole number from 0 to total − 1 (0 for an empty set). */
export function clampPosition(position: number, total: number): number {
  if (!Number.isFinite(position) || total <= 0) return 0;
  return Math.min(Math.max(Math.trunc(position), 0), total - 1);
}

/** The position `step` questions away (−1 back, +1 on), kept within the set. */
export function movePosition(position: number, step: number, total: number): number {
  return clampPosition(clampPosition(position, total) + step, total);
}

/** Whether there is a question before and after `position` in a set of `total`. */
export function canMove(position: number, total: number): { prev: boolean; next: boolean } {
  const at = clampPosition(position, total);
  return { prev: at > 0, next: at < total - 1 };
}

/**
 * A random practice set of up to `size` questions, the same for the same seed and pool. With a
 * module, only that module's questions (by lesson id `<module>/<slug>`). Questions in `avoid` (the
 * previous set) are drawn only when the pool has too few others, so "another set" really differs.
 */
export function randomSet<T extends { id: string; lesson: string }>(
  pool: readonly T[],
  { seed, module, size = RANDOM_SET_SIZE, avoid = [] }: { seed: number; module?: string | undefined; size?: number; avoid?: readonly string[] },
): T[] {
  // Sorted by id first, so the set does not depend on the order the pool was built in.
  const candidates = pool.filter((q) => !module || moduleOf(q.lesson) === module).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const avoided = new Set(avoid);
  const random = seededRandom(seed);
  const fresh = shuffle(
    candidates.filter((q) => !avoided.has(q.id)),
    random,
  );
  const repeats = shuffle(
    candidates.filter((q) => avoided.has(q.id)),
    random,
  );
  return [...fresh, ...repeats].slice(0, size);
}

/** Tags of the exam-style written questions that practice can draw on their own. */
export const WRITTEN_TAGS = ['简答', '案例分析'] as const;

/** Which questions a practice set draws from: all, only 简答 and 案例分析, or the starred ones. */
export type PracticeScope = 'all' | 'written' | 'favourites';

/** The scope named in a URL (`?set=written`), or 'all' for anything else. */
export function parseScope(text: string | null): PracticeScope {
  return text === 'written' || text === 'favourites' ? text : 'all';
}

/**
 * The questions of a practice scope, keeping the pool's order: only those marked `written`
 * (tagged 简答 or 案例分析), or only the starred ones, oldest star first.
 */
export function scopePool<T extends { id: string; written?: boolean }>(pool: readonly T[], scope: PracticeScope, favourites: Readonly<Record<string, number>> = {}): T[] {
  if (scope === 'written') return pool.filter((q) => q.written);
  if (scope === 'favourites') return pool.filter((q) => q.id in favourites).sort((a, b) => favourites[a.id]! - favourites[b.id]! || (a.id < b.id ? -1 : 1));
  return [...pool];
}

/** How far a learner got with a set of questions: questions answered, and answers right of all answers given. */
export interface PracticeStats {
  answered: number;
  total: number;
  right: number;
  attempts: number;
}

/** Practice figures over `questionIds` from the attempt history: accuracy counts answers given, nothing else. */
export function practiceStats(attempts: Readonly<Record<string, readonly { correct: boolean }[]>>, questionIds: readonly string[]): PracticeStats {
  const stats: PracticeStats = { answered: 0, total: questionIds.length, right: 0, attempts: 0 };
  for (const id of questionIds) {
    const list = attempts[id] ?? [];
    if (list.length) stats.answered += 1;
    stats.attempts += list.length;
    stats.right += list.filter((a) => a.correct).length;
  }
  return stats;
}
