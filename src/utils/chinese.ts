import * as OpenCC from 'opencc-js';

// Build-time only: the converters are large, so the browser gets precomputed forms instead.
const toTraditional = ['tw', 'hk', 't'].map((to) => OpenCC.Converter({ from: 'cn', to: to }));

/** The Traditional-character forms of a Simplified text (Taiwan, Hong Kong, OpenCC standard), without repeats. */
export function traditionalForms(text: string): string[] {
  return [...new Set(toTraditional.map((convert) => convert(text)))].filter((form) => form !== text);
}

const toSimplified = ['tw', 'hk'].map((from) => OpenCC.Converter({ from: from, to: 'cn' }));

/**
 * Every character of the main CJK block that is written differently in Simplified Chinese and is
 * not itself a Simplified form ("么" becomes "幺" from Taiwan usage but is the Simplified "麼":
 * "怎么办" must not count as Traditional), with its Simplified form (Taiwan usage first, then Hong Kong).
 * With `within` (the course's own text), only the characters whose Simplified form the course uses:
 * converting any other one could not help a query find a page, and the table stays a few KB.
 * The search gets this table instead of a converter: a query is checked and converted with it.
 */
export function traditionalTable(within?: string): Record<string, string> {
  const used = within === undefined ? undefined : new Set(within);
  const table: Record<string, string> = {};
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    const simplifiedForm = toTraditional.some((convert) => {
      const traditional = convert(char);
      return traditional !== char && toSimplified.some((back) => back(traditional) === char);
    });
    if (simplifiedForm) continue;
    const simplified = toSimplified.map((convert) => convert(char)).find((form) => form !== char);
    if (simplified && (!used || [...simplified].some((c) => used.has(c)))) table[char] = simplified;
  }
  return table;
}
