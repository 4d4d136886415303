/**
 * Elements whose script can wait, so a page runs little script at first: they load once the browser is
 * idle (this module too). Until then the markup works on its own (links, native disclosures).
 * An element's markup stays beside its script in its feature folder; this map, the layout's, only says when to load it.
 */
const LATER: Record<string, () => Promise<unknown>> = {
  // The offline web app: registering the service worker and its notices can wait for a quiet moment.
  'course-app': () => import('../components/offline/course-app.ts'),
  'course-theme-switch': () => import('../components/theme/course-theme-switch.ts'),
  'course-menu': () => import('../components/lesson/course-menu.ts'),
  'course-toc': () => import('../components/toc/course-toc.ts'),
  // A term's definition shows as a tooltip on hover and focus; until its script loads, a tap follows the link to the glossary.
  'course-term': () => import('../components/glossary/course-term.ts'),
  // Questions of a lesson's quiz, at its end (pages of questions import the element at once).
  'course-question': () => import('../components/quiz/define-question.ts'),
};

/**
 * Loads the waiting elements present in `root`; BaseLayout calls it once the browser is idle. A form sent
 * while its element is still loading (a quick tap on 检查答案) waits for it instead of reloading the page.
 */
export function upgradeLater(root: Document = document): void {
  root.addEventListener(
    'submit',
    (event) => {
      const host = (event.target as Element).closest(':not(:defined)');
      if (!host || !(host.localName in LATER)) return;
      event.preventDefault();
      void customElements.whenDefined(host.localName).then(() => (event.target as HTMLFormElement).requestSubmit());
    },
    true,
  );
  for (const [tag, load] of Object.entries(LATER)) if (root.querySelector(tag)) void load();
}
