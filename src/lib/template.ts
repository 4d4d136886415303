/**
 * `template` with each `{name}` replaced by `values[name]`; placeholders without a value stay as
 * they are, so a missing value shows up on the page instead of vanishing. Used by `t()` on the
 * server and by elements on strings passed to them as `data-*`.
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
