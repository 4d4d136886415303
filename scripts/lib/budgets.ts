/**
 * Byte budgets per page type, gzipped. The figures come from the issues: a lesson without a quiz
 * runs at most 3 KB of JavaScript plus 3 KB for progress tracking; quizzes add at most 8 KB;
 * lesson CSS stays under 15 KB. Other pages get budgets of the same spirit.
 */
export interface Budget {
  /** Page type, as printed. */
  name: string;
  /** A built page of that type, below the output folder. */
  page: string;
  /** Built from the test fixture course instead of the real one (the real course has no lesson without a quiz). */
  fixture?: boolean;
  js: number;
  css: number;
  html: number;
  /** Most script files the page loads before it is interactive (its scripts and what they import statically). */
  scripts?: number;
}

const KB = 1024;

export const BUDGETS: Budget[] = [
  { name: 'home', page: 'index.html', js: 8 * KB, css: 15 * KB, html: 30 * KB },
  { name: 'module', page: 'modules/communication/index.html', js: 6 * KB, css: 15 * KB, html: 20 * KB },
  { name: 'lesson without quiz', page: 'lessons/basics/second/index.html', fixture: true, js: 8 * KB, css: 15 * KB, html: 30 * KB },
  // Issue 18: what waits for a tap (term popover, course menu, contents, the quiz's element until the learner
  // nears it, custom path places, the web app) loads then or when idle, and is not counted here.
  { name: 'lesson with quiz', page: 'lessons/communication/communication-model/index.html', js: 8 * KB, css: 15 * KB, html: 60 * KB, scripts: 8 },
  { name: 'search', page: 'search/index.html', js: 8 * KB, css: 15 * KB, html: 20 * KB },
  { name: 'glossary', page: 'glossary/index.html', js: 6 * KB, css: 15 * KB, html: 40 * KB },
  { name: 'question types', page: 'question-types/index.html', js: 14 * KB, css: 15 * KB, html: 60 * KB },
  { name: 'practice hub', page: 'practice/index.html', js: 8 * KB, css: 15 * KB, html: 20 * KB },
  { name: 'module practice', page: 'practice/communication/index.html', js: 14 * KB, css: 15 * KB, html: 80 * KB },
  { name: 'sequential practice', page: 'practice/sequential/index.html', js: 14 * KB, css: 15 * KB, html: 30 * KB },
  { name: 'mock exam', page: 'exam/index.html', js: 16 * KB, css: 15 * KB, html: 30 * KB },
  { name: 'certificate', page: 'certificate/index.html', js: 8 * KB, css: 15 * KB, html: 20 * KB },
  // Charts, export and import included; the review scheduler (ts-fsrs) counts the questions due.
  { name: 'progress', page: 'progress/index.html', js: 20 * KB, css: 15 * KB, html: 30 * KB },
  // The notebook carries the summary of every question, so it can list them without fetching each.
  // 20.1 KB since every page's progress store gives each learner an id (learner-id.ts, about 0.2 KB); the written
  // types' marks and the self-assessed step shared by 简答 and 案例分析. HTML: the bank's stems for the notebook.
  { name: 'review', page: 'review/index.html', js: 21 * KB, css: 15 * KB, html: 52 * KB },
  { name: 'custom path builder', page: 'paths/custom/index.html', js: 10 * KB, css: 15 * KB, html: 20 * KB },
  // The team report carries a short stem of every question, to name the ones the team gets wrong. Reading the
  // files and drawing the report load with the first files; CSV, sheets and Excel only on export.
  { name: 'team report', page: 'team/index.html', js: 11 * KB, css: 15 * KB, html: 30 * KB },
];

/** The workbook library the team report loads only when the trainer exports to Excel, gzipped. */
export const LAZY_WORKBOOK_BUDGET = 240 * KB;

/** "3.1 KB" */
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
