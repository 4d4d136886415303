/**
 * Chinese text typed on a keyboard set to English often gets ASCII punctuation ("客户,你好:").
 * These become the full-width marks Chinese typography uses, only where they touch a Chinese
 * character, so code, numbers ("3,000") and English are left alone.
 */
const HAN = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
const FULL_WIDTH: Record<string, string> = { ',': '\uff0c', ':': '\uff1a', ';': '\uff1b', '?': '\uff1f', '!': '\uff01', '(': '\uff08', ')': '\uff09' };

const AFTER_HAN = new RegExp(`(?<=${HAN})\\s*([,:;?!)])`, 'gu');
const BEFORE_HAN = new RegExp(`([,;(])\\s*(?=${HAN})`, 'gu');
const OPEN_BEFORE_HAN = new RegExp(`(?<=${HAN})\\s*\\((?=[^()]*${HAN}[^()]*\\))`, 'gu');

/** `text` with ASCII , : ; ? ! ( ) next to Chinese characters made full-width. */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(OPEN_BEFORE_HAN, '\uff08')
    .replace(AFTER_HAN, (_, mark: string) => FULL_WIDTH[mark]!)
    .replace(BEFORE_HAN, (_, mark: string) => FULL_WIDTH[mark]!)
    .replace(/\uff08([^()\uff08\uff09]*)\)/gu, '\uff08$1\uff09');
}
