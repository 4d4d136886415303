import strings from '../i18n/zh-CN.json' with { type: 'json' };
import { fill } from './template.ts';
import type { DurationLabels } from './duration.ts';
import { PROGRESS_FILE_ERRORS, SKIPPED_WORDS } from './progress/transfer.ts';

/** A key of the UI strings file. */
export type UiKey = keyof typeof strings;

/**
 * The UI string for `key`, with `{name}` placeholders filled from `values`. Chinese nouns have no
 * plural, so a count is just another placeholder ("{count} 课").
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const template = (strings as Record<string, string>)[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/zh-CN.json`);
  return fill(template, values);
}

/** The labels formatDuration needs, for pages to pass to it or to their elements. */
export function durationLabels(): DurationLabels {
  return { short: t('duration.short'), minutes: t('duration.minutes'), hours: t('duration.hours'), hoursMinutes: t('duration.hoursMinutes') };
}

/**
 * The words of a progress file's problems, as `file.<key>`: why it cannot be read, and what of it was skipped
 * (`progressFile.<key>`), for the progress page and the team report alike.
 */
export function progressFileLabels(): Record<`file.${(typeof PROGRESS_FILE_ERRORS)[number] | (typeof SKIPPED_WORDS)[number]}`, string> {
  return Object.fromEntries([...PROGRESS_FILE_ERRORS, ...SKIPPED_WORDS].map((key) => [`file.${key}`, t(`progressFile.${key}`)])) as never;
}
