/**
 * Elements whose script can wait, so a page runs little script at first: they load once the browser is
 * idle. Until then the markup works on its own (links, native disclosures), except where an early tap would
 * lose the learner their place: such elements say `data-wait="click"` or `data-wait="submit"` in their
 * markup, and BaseLayout hands that event to `replay`, which loads the element at once and replays it.
 * An element's markup stays beside its script in its feature folder; this map, the layout's, only says when to load it.
 */
const LATER: Record<string, () => Promise<unknown>> = {
  // The offline web app: registering the service worker and its notices can wait for a quiet moment.
  'course-app': () => import('../components/offline/course-app.ts'),
  'course-theme-switch': () => import('../components/theme/course-theme-switch.ts'),
  'course-menu': () => import('../components/lesson/course-menu.ts'),
  'course-toc': () => import('../components/toc/course-toc.ts'),
  // A term's definition shows in a popover on the lesson itself.
  'course-term': () => import('../components/glossary/course-term.ts'),
  // Questions of a lesson's quiz, at its end (pages of questions import the element at once).
  'course-question': () => import('../components/quiz/define-question.ts'),
};

/** Loads an element's script, once; an element not in the map is awaited as it is. */
const loaded = new Map<string, Promise<unknown>>();
function load(tag: string): Promise<unknown> {
  let promise = loaded.get(tag);
  if (!promise) loaded.set(tag, (promise = LATER[tag]?.() ?? Promise.resolve()));
  return promise.then(() => customElements.whenDefined(tag));
}

/** Loads the waiting elements present in `root`; BaseLayout calls it once the browser is idle. */
export function upgradeLater(root: Document = document): void {
  for (const tag of Object.keys(LATER)) if (root.querySelector(tag)) void load(tag);
}

/**
 * Replays a tap or a submit that BaseLayout held back because `host`'s script had not loaded yet (a quick tap
 * on a term or on 检查答案): once the element is ready, the same event happens again. If the script cannot
 * load (offline, never saved), the markup's own behaviour runs after all.
 */
export function replay(event: Event, host: Element): void {
  const target = event.target as HTMLElement;
  const again = () => {
    if (target instanceof HTMLFormElement) return target.requestSubmit();
    // Elements treat a finger and a mouse differently, so the replay says which one tapped.
    const pointerType = event instanceof PointerEvent ? event.pointerType : 'mouse';
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType }));
    target.click();
  };
  load(host.localName).then(again, () => {
    host.removeAttribute('data-wait');
    again();
  });
}
