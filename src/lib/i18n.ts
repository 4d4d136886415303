import strings from '../i18n/zh-CN.json';
import { fill } from './template.ts';
import type { DurationLabels } from './duration.ts';

/** A key of the UI strings file. */
export type UiKey = keyof typeof strings;

/**
 * The UI string for `key`, with `{name}` placeholders filled from `values`.
 * With a `count`, `key.one` or `key.many` is chosen (zero uses "many", as Chinese does).
 */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const table = strings as Record<string, string>;
  const plural = 'count' in values ? `${key}.${values.count === 1 ? 'one' : 'many'}` : undefined;
  const template = (plural && table[plural]) ?? table[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/zh-CN.json`);
  return fill(template, values);
}

/** The labels formatDuration needs, for pages to pass to it or to their elements. */
export function durationLabels(): DurationLabels {
  return { short: t('duration.short'), minutes: t('duration.minutes'), hours: t('duration.hours'), hoursMinutes: t('duration.hoursMinutes') };
}
