/**
 * `value` as JSON to put inside `<script type="application/json">`: every "<" is escaped, so text
 * such as "</script>" or "<!--" in a question cannot end the block early. JSON.parse reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
