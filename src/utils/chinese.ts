import * as OpenCC from 'opencc-js';

// Build-time only: the converters are large, so the browser gets precomputed forms instead.
const toTraditional = ['tw', 'hk', 't'].map((to) => OpenCC.Converter({ from: 'cn', to: to as 'tw' }));

/** The Traditional-character forms of a Simplified text (Taiwan, Hong Kong, OpenCC standard), without repeats. */
export function traditionalForms(text: string): string[] {
  return [...new Set(toTraditional.map((convert) => convert(text)))].filter((form) => form !== text);
}

const toSimplified = ['tw', 'hk'].map((from) => OpenCC.Converter({ from: from as 'tw', to: 'cn' }));

/**
 * Every character of the main CJK block that is written differently in Simplified Chinese and is
 * not itself a Simplified form ("么" becomes "幺" from Taiwan usage but is the Simplified "麼":
 * "怎么办" must not count as Traditional).
 * The search page gets this list so it loads the Traditional-to-Simplified converter only
 * for queries that need it, not for every query typed in Simplified characters.
 */
export function traditionalOnlyCharacters(): string {
  let found = '';
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    const simplifiedForm = toTraditional.some((convert) => {
      const traditional = convert(char);
      return traditional !== char && toSimplified.some((back) => back(traditional) === char);
    });
    if (!simplifiedForm && toSimplified.some((convert) => convert(char) !== char)) found += char;
  }
  return found;
}
