import strings from '../i18n/zh-CN.json';

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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
