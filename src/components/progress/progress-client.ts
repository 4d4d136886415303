import { createProgressStore, type StorageLike } from '../../lib/progress/store.ts';

/** localStorage if this browser lets the page use it; null in private modes that forbid it. */
function browserStorage(): StorageLike {
  try {
    const storage = window.localStorage;
    storage.setItem('course-progress:probe', '1');
    storage.removeItem('course-progress:probe');
    return storage;
  } catch {
    return null;
  }
}

/** The one progress store of the page, shared by every island that reads or records progress. */
export const progress = createProgressStore({
  storage: browserStorage(),
  // Another tab recorded something: every subscriber on this page hears of it too.
  watch: (changed) => addEventListener('storage', (event) => (event.key === 'course-progress' || event.key === null) && changed()),
});
