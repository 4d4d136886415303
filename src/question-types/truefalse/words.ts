/**
 * The words that mean true or false in a true/false answer, in a question file (`answer: 对`) and in
 * the 题库 workbook alike: the one list both read.
 */
const TRUE_WORDS = ['对', '正确', '是', '√', '✓', 'T', 'TRUE'] as const;
const FALSE_WORDS = ['错', '错误', '否', '×', '✗', 'F', 'FALSE'] as const;

/** `true`/`false` for a word of either list (any letter case, spaces ignored); anything else as it is. */
export function readTrueFalse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const word = value.trim().toUpperCase();
  if ((TRUE_WORDS as readonly string[]).includes(word)) return true;
  if ((FALSE_WORDS as readonly string[]).includes(word)) return false;
  return value;
}
