import { newLearnerId } from './learner-id.ts';
import { migrate } from './migrate.ts';
import { assignLearnerId } from './record.ts';
import { PROGRESS_VERSION, type ProgressData } from './types.ts';
import { emptyProgress, isRecord, validateProgress } from './validate.ts';

/** The part of localStorage the store uses; null when the browser offers none. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

/** Something the learner should be told about where their progress is kept. */
interface Notice {
  kind: 'unavailable' | 'full' | 'repaired' | 'newer';
  detail?: string;
}

/** Reads and writes progress in browser storage. No method throws, whatever the storage does. */
export interface ProgressStore {
  /** The progress as stored now, read afresh because another tab may have written it. */
  read(): ProgressData;
  /** Applies `change` to the latest stored progress and writes it back; returns the result. */
  update(change: (data: ProgressData) => void): ProgressData;
  /** Whether progress outlives this page, and what to tell the learner (a repair only once). */
  status(): { persistent: boolean; notices: Notice[] };
  /** Forgets the progress; backups of repaired data stay. */
  reset(): void;
  /**
   * Calls `listener` with the new progress after every update or reset on this page, and whenever
   * another tab changes it (when the store was given `watch`). Returns the function that unsubscribes.
   */
  subscribe(listener: (data: ProgressData) => void): () => void;
}

/** Options of createProgressStore; `now` defaults to Date.now. */
export interface StoreOptions {
  storage: StorageLike;
  now?: () => number;
  key?: string;
  /**
   * Hooks the store to changes made elsewhere: it is called once with a function to call whenever the
   * stored progress may have changed outside this page (in a browser, the `storage` event of `key`).
   */
  watch?: (changed: () => void) => void;
  /** Makes a learner id for new progress and for stored progress that has none; defaults to newLearnerId. */
  newId?: () => string;
}

/** A progress store over `storage` (normally localStorage), under `key`. */
export function createProgressStore({ storage, now = Date.now, key = 'course-progress', watch, newId = newLearnerId }: StoreOptions): ProgressStore {
  // Set once progress cannot be written (no storage, storage full, data of a newer version):
  // from then on this page keeps it in memory and leaves storage alone.
  let memory: ProgressData | null = null;
  let problem: Notice | null = null;
  let unannounced: string | undefined;
  const noticeKey = `${key}:notice`;
  // The id of progress not stored yet: the same on every read of this page, stored with the first update.
  let freshId: string | undefined;
  const fresh = () => emptyProgress(now(), (freshId ??= newId()));
  const listeners = new Set<(data: ProgressData) => void>();
  const publish = (data: ProgressData) => {
    // Each listener gets its own copy, so one cannot change what the next one sees.
    for (const listener of [...listeners]) listener(structuredClone(data));
  };
  watch?.(() => listeners.size && publish(load()));

  const toMemory = (data: ProgressData, notice: Notice) => {
    memory = structuredClone(data);
    problem ??= notice;
    return data;
  };
  // Browsers name it QuotaExceededError or NS_ERROR_DOM_QUOTA_REACHED; anything else means no storage.
  const failure = (error: unknown): Notice => ({ kind: /quota/i.test((error as Error)?.name) ? 'full' : 'unavailable' });

  function load(): ProgressData {
    if (memory) return structuredClone(memory);
    let text: string | null;
    try {
      text = storage!.getItem(key);
    } catch {
      return toMemory(fresh(), { kind: 'unavailable' });
    }
    if (text === null) return fresh();
    let raw: unknown;
    let checked: ReturnType<typeof validateProgress> | undefined;
    try {
      raw = migrate(JSON.parse(text));
      checked = validateProgress(raw);
    } catch {}
    const { data, dropped } = checked ?? { data: fresh(), dropped: ['the stored text is not JSON'] };
    const version = isRecord(raw) && raw.version;
    if (typeof version === 'number' && version > PROGRESS_VERSION) return toMemory(data, { kind: 'newer', detail: `version ${version}` });
    // Progress stored before learners had ids gets one now, written at once (with a repair, if any) so it never changes.
    const missingId = !data.learnerId;
    if (missingId) assignLearnerId(data, newId());
    if (dropped.length) repair(text, data, dropped.join('\n'));
    else if (missingId) write(data);
    return data;
  }

  function repair(text: string, data: ProgressData, detail: string) {
    try {
      // Keep the damaged text before overwriting it, so what the repair dropped can still be recovered by hand.
      storage!.setItem(`${key}:backup:${now()}`, text);
      storage!.setItem(key, JSON.stringify(data));
    } catch (error) {
      toMemory(data, failure(error));
    }
    // Stored rather than kept here, so the learner is told once, not on every page.
    try {
      storage!.setItem(noticeKey, detail);
    } catch {
      unannounced = detail;
    }
  }

  function write(data: ProgressData): ProgressData {
    if (!memory) {
      try {
        storage!.setItem(key, JSON.stringify(data));
        return data;
      } catch (error) {
        return toMemory(data, failure(error));
      }
    }
    return toMemory(data, problem!);
  }

  return {
    read: load,
    update(change) {
      const data = load();
      change(data);
      data.updatedAt = now();
      const written = write(data);
      publish(written);
      return written;
    },
    status() {
      load();
      const notices = problem ? [problem] : [];
      let detail = unannounced;
      unannounced = undefined;
      try {
        detail ??= storage!.getItem(noticeKey) ?? undefined;
        storage!.removeItem(noticeKey);
      } catch {}
      if (detail !== undefined) notices.push({ kind: 'repaired', detail });
      return { persistent: !memory, notices };
    },
    reset() {
      try {
        storage!.removeItem(key);
        // With the old data gone, a full storage has room again and a newer version no longer needs protecting.
        if (problem?.kind !== 'unavailable') memory = problem = null;
      } catch {}
      // Progress started afresh is a new learner's (a shared computer): it gets a new id.
      freshId = undefined;
      if (memory) memory = fresh();
      publish(load());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
