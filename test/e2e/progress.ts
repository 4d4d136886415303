import type { Page } from '@playwright/test';

/** The stored progress, as the tests read and write it. */
export interface StoredProgress {
  version: 1 | 2 | 3;
  learnerName: string;
  lessons: Record<string, { firstVisit: number; lastVisit: number; seconds: number; completedAt?: number }>;
  attempts: Record<string, { at: number; correct: boolean; score: number; source: string; answer?: string }[]>;
  exams: unknown[];
  notebook: Record<string, { addedAt: number; lastWrongAt: number; streak: number; answer?: string }>;
  practice: Record<string, number>;
  /** Starred questions (version 2); version 1 data gets none when it is upgraded. */
  favourites?: Record<string, number>;
  /** The learning path followed and the path practice steps done (version 3). */
  path?: { id: string; since: number };
  pathSteps?: Record<string, number>;
  updatedAt: number;
}

export const DAY = 24 * 60 * 60 * 1000;

/** Writes `progress` to localStorage as the course stores it (opens the home page first for its origin). */
export async function seedProgress(page: Page, progress: Partial<StoredProgress>) {
  await page.goto('./');
  const data = { version: 1, learnerName: '', lessons: {}, attempts: {}, exams: [], notebook: {}, practice: {}, updatedAt: Date.now(), ...progress };
  await page.evaluate((text) => localStorage.setItem('course-progress', text), JSON.stringify(data));
}

/** The progress stored now. */
export async function readProgress(page: Page): Promise<StoredProgress> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('course-progress') ?? '{}') as StoredProgress);
}
