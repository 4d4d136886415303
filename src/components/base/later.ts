/**
 * Elements whose script can wait for the learner, so a page runs little script at first: each loads
 * when the learner first reaches for one (pointer, touch or keyboard focus) or once the browser is
 * idle, whichever comes first. Until then the markup works on its own (links, native disclosures).
 * An element's markup stays beside its script in its feature folder; this map only says when to load it.
 */
const LATER: Record<string, () => Promise<unknown>> = {
  // The offline web app: registering the service worker and its notices can wait for a quiet moment.
  'course-app': () => import('../offline/course-app.ts'),
  'course-theme-switch': () => import('../theme/course-theme-switch.ts'),
  'course-menu': () => import('../lesson/course-menu.ts'),
  'course-toc': () => import('../toc/course-toc.ts'),
  // A term's definition shows as a tooltip on hover and focus; until its script loads, a tap follows the link to the glossary.
  'course-term': () => import('../glossary/course-term.ts'),
  // Questions: a lesson's quiz is at its end, so its script loads once the page is idle (or when the learner reaches a question).
  'course-question': () => import('../quiz/define-question.ts'),
};


/** Loads the waiting elements present in `root` on first reach (pointer or keyboard focus) or when idle. */
export function upgradeLater(root: Document = document): void {
  const pending = new Map(Object.entries(LATER).filter(([tag]) => root.querySelector(tag)));
  const load = (tag: string) => {
    pending.get(tag)?.();
    pending.delete(tag);
  };
  const reach = (event: Event) => {
    for (const tag of pending.keys()) if ((event.target as Element).closest?.(tag)) load(tag);
  };
  root.addEventListener('pointerdown', reach, true);
  root.addEventListener('focusin', reach, true);
  // A form sent before its element is ready (a quick tap on 检查答案) waits for it instead of reloading the page.
  root.addEventListener(
    'submit',
    (event) => {
      const form = event.target as HTMLFormElement;
      const tag = Object.keys(LATER).find((name) => !customElements.get(name) && form.closest(name));
      if (!tag) return;
      event.preventDefault();
      load(tag);
      void customElements.whenDefined(tag).then(() => form.requestSubmit());
    },
    true,
  );
  const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 300));
  idle(() => [...pending.keys()].forEach(load));
}
