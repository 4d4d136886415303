/**
 * The codes of what a trainer reads (src/i18n/content.zh-CN.json), as types and plain data only, for the
 * folders below src/lib (question types, schemas) that report problems: they name a code and its values,
 * and src/lib/content-messages.ts turns it into Chinese, once.
 */
import type strings from './content.zh-CN.json';

/** A key of the content-problem strings. */
export type ContentKey = keyof typeof strings;

/** A value put into a message: plain text or a number, or a whole message of its own. */
export type MessageValue = string | number | Message;

/** The values a message's string needs, by placeholder name. */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A message code with the values its string needs. */
export interface Message {
  code: ContentKey;
  values?: MessageValues | undefined;
}

/**
 * A zod custom issue (for `ctx.addIssue`) that carries its message as data: the code in `params`, with its
 * values; the content check and the workbook import word it (content-messages.ts `describeIssue`).
 */
export function codedIssue(code: ContentKey, values?: MessageValues, path?: PropertyKey[]) {
  return { code: 'custom' as const, message: code, params: { code, values }, ...(path ? { path } : {}) };
}
