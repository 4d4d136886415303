/** Seeded randomness: the same seed always gives the same sequence, on any machine. */

/** A function returning numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** 32-bit FNV-1a hash of a string, to seed from a question id or any text. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for shuffling and drawing questions. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates); `items` is left as it is. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The display order of `count` items for the question `id`: the same every time, so a screenshot
 * in a trainer's slides matches what learners see. With `avoidIdentity`, never the original order
 * (an ordering question must not start solved).
 */
export function displayOrder(id: string, count: number, avoidIdentity = false): number[] {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const order = shuffle(indexes, seededRandom(hashString(id)));
  if (avoidIdentity && count > 1 && order.every((value, i) => value === i)) order.push(order.shift()!);
  return order;
}
