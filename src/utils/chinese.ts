import * as OpenCC from 'opencc-js';

// Build-time only: the converters are large, so the browser gets precomputed forms instead.
const toTraditional = ['tw', 'hk', 't'].map((to) => OpenCC.Converter({ from: 'cn', to: to as 'tw' }));

/** The Traditional-character forms of a Simplified text (Taiwan, Hong Kong, OpenCC standard), without repeats. */
export function traditionalForms(text: string): string[] {
  return [...new Set(toTraditional.map((convert) => convert(text)))].filter((form) => form !== text);
}
