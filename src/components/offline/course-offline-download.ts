import { CourseElement, defineElement } from '../base/course-element.ts';
import { fill } from '../../lib/template.ts';
import { cacheFor, CACHES, eachLimited, formatBytes, type OfflineList } from '../../lib/offline.ts';

export type OfflineLabel = 'download' | 'update' | 'downloading' | 'done' | 'outdated' | 'failed' | 'noNetwork' | 'unsupported';

/** Where the device remembers which version of the course it saved. */
const SAVED_KEY = 'course-offline';

function savedVersion(): string | null {
  try {
    return (JSON.parse(localStorage.getItem(SAVED_KEY) ?? 'null') as { version?: string } | null)?.version ?? null;
  } catch {
    return null;
  }
}

/**
 * "离线学习": fetches the list of the course's files (with their total size), and on request saves
 * every page, question, search index file and asset in the caches the service worker reads.
 */
class CourseOfflineDownload extends CourseElement<OfflineLabel> {
  #list?: OfflineList;

  protected async setup(): Promise<void> {
    const button = this.$<HTMLButtonElement>('.offline-start');
    if (!('caches' in window) || !('serviceWorker' in navigator)) return this.#say('unsupported');
    button.addEventListener('click', () => void this.#download());
    const saved = savedVersion();
    try {
      const response = await fetch(this.dataset.list!, { cache: 'no-cache' });
      if (!response.ok) throw new Error(String(response.status));
      this.#list = (await response.json()) as OfflineList;
    } catch {
      return this.#say(saved ? 'done' : 'noNetwork');
    }
    const list = this.#list;
    if (saved === list.version) return this.#say('done');
    button.textContent = fill(this.label(saved ? 'update' : 'download'), { size: formatBytes(list.bytes) });
    button.hidden = false;
    if (saved) this.#say('outdated');
  }

  #say(key: OfflineLabel, values: Record<string, string | number> = {}): void {
    this.$('.offline-status').textContent = fill(this.label(key), values);
  }

  async #download(): Promise<void> {
    const list = this.#list;
    if (!list) return;
    if (!navigator.onLine) return this.#say('noNetwork');
    const button = this.$<HTMLButtonElement>('.offline-start');
    const bar = this.$<HTMLProgressElement>('.offline-progress');
    button.disabled = true;
    bar.hidden = false;
    bar.max = list.files.length;
    bar.value = 0;
    // Asks the browser not to clear the saved course when space runs low (phones do).
    void navigator.storage?.persist?.().catch(() => false);
    const base = new URL(this.dataset.list!, location.href);
    let failed: string | undefined;
    const step = (done: number) => {
      bar.value = done;
      if (done % 10 === 0 || done === list.files.length) this.#say('downloading', { done, total: list.files.length });
    };
    await eachLimited(
      list.files,
      6,
      async (file) => {
        if (failed) return;
        const url = new URL(file, base).href;
        const cache = await caches.open(cacheFor(file));
        // Files named by their content never change: one saved copy is enough.
        if (cacheFor(file) === CACHES.assets && (await cache.match(url, { ignoreVary: true }))) return;
        try {
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(String(response.status));
          await cache.put(url, response);
        } catch {
          failed ??= file;
        }
      },
      step,
    );
    button.disabled = false;
    bar.hidden = true;
    if (failed) return this.#say('failed', { file: failed });
    try {
      localStorage.setItem(SAVED_KEY, JSON.stringify({ version: list.version, at: Date.now() }));
    } catch {}
    button.hidden = true;
    this.#say('done');
  }
}

defineElement('course-offline-download', CourseOfflineDownload);
