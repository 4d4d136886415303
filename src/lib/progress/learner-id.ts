/**
 * A learner's own id: made once with their progress and carried in every file they export, so a
 * trainer's team report can tell two learners of the same name apart and merge only one person's files.
 */

// Crockford's base 32: digits and capitals without I, L, O and U, easy to read out and to compare by eye.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new random id of 8 characters (40 random bits, so two learners of one company practically never share
 * one), e.g. "7KQ2M9XD". `random` fills bytes: crypto.getRandomValues, which works on http too.
 */
export function newLearnerId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return Array.from(random(new Uint8Array(8)), (byte) => ALPHABET[byte & 31]).join('');
}

/** Whether `value` can be a learner id: 4 to 64 letters, digits, "-" or "_" (a second source may bring longer ones). */
export const isLearnerId = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{4,64}$/.test(value);

/** Longest 工号 kept. */
export const MAX_STAFF_ID_LENGTH = 20;
