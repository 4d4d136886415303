import type { StorageLike } from '../../../src/lib/progress/store.ts';

/** An in-memory Storage stand-in; with `quota`, setItem fails like a full browser storage. */
export function memoryStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const items = new Map(Object.entries(initial));
  const used = () => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  const storage = {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      const before = items.get(key);
      items.set(key, String(value));
      if (used() <= quota) return;
      if (before === undefined) items.delete(key);
      else items.set(key, before);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return storage satisfies StorageLike;
}

/** A storage whose every method throws, like localStorage in some private modes. */
export const throwingStorage: StorageLike = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};
