import { CourseElement, defineElement } from '../base/course-element.ts';

// An exam under way: its paper is shown and not yet handed in.
const EXAM_RUNNING = 'course-exam .paper:not([hidden]) .submit:not([hidden])';

/**
 * The web app around every page: registers the service worker, says so in a sentence while the
 * device is offline, and offers "课程已更新" with a button once a new version of the course is
 * ready. Nothing reloads unless the learner asks, and the offer waits while an exam is under way.
 */
class CourseApp extends CourseElement {
  #waiting?: ServiceWorker;

  protected setup(): void {
    const offline = this.$('.app-offline');
    const sync = () => (offline.hidden = navigator.onLine);
    addEventListener('online', sync);
    addEventListener('offline', sync);
    sync();
    this.$('.app-update button').addEventListener('click', () => this.#load());
    // An exam handed in (the exam then moves focus to its results) frees the offer to show.
    for (const type of ['click', 'focusin']) this.addEventListener(type, () => this.#offer());
    if (!('serviceWorker' in navigator) || !this.dataset.sw) return;
    // The first page a learner opens (a trainer's link) came before the worker: once it runs, it saves this
    // page too, as it saves every page opened after, so the lesson read first also opens offline.
    if (!navigator.serviceWorker.controller) {
      void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'KEEP_PAGE', url: location.href }));
    }
    navigator.serviceWorker
      .register(this.dataset.sw)
      .then((registration) => {
        const check = () => {
          // Without a controller this is the first install, not an update.
          if (registration.waiting && navigator.serviceWorker.controller) this.#offer(registration.waiting);
        };
        check();
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => worker.state === 'installed' && check());
        });
      })
      .catch(() => {
        // No service worker (a private window, a file:// copy): the course works online as before.
      });
  }

  #offer(worker = this.#waiting): void {
    this.#waiting = worker;
    if (!worker) return;
    this.$('.app-update').hidden = Boolean(this.$maybe(EXAM_RUNNING));
  }

  #load(): void {
    const worker = this.#waiting;
    if (!worker) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  }
}

defineElement('course-app', CourseApp);
