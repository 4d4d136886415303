/**
 * Loaded only for a lesson or a module's practice page in a trainer's custom path, opened from the path's
 * link (`?p=…`) or followed since: fetches the course's titles, finds the page's place in the path and fills
 * the element's custom blocks, at the top "第 n / N 步" with the way back and a way to leave the path, at the
 * bottom the path's next step. Opened from the link, the page makes that path the one the learner follows,
 * so the home page and the lessons find it again without the link.
 */
import { customPathPlace, withoutCustomPath, type PathCatalog } from '../../lib/paths.ts';
import { isCustomPathQuery } from '../../lib/path-link.ts';
import { CUSTOM_PATH_ID } from '../../lib/progress/types.ts';
import { followCustomPath, leavePath } from '../../lib/progress/record.ts';
import { fill } from '../../lib/template.ts';
import { urls } from '../../utils/url.ts';
import { progress } from '../progress/progress-client.ts';
import type { LessonPathLabel } from './course-lesson-path.ts';

interface PathElement extends HTMLElement {
  label(key: LessonPathLabel): string;
}

/** True while the learner is on a custom path: its link is in the address, or they follow one. */
const onCustomPath = () => isCustomPathQuery(location.search) || progress.read().path?.id === CUSTOM_PATH_ID;

export async function showCustomPlace(element: PathElement, lessonId: string | { practice: string }, link: string, fromLink: boolean): Promise<void> {
  // Offline or a failed fetch: the lesson keeps the course's order, as without the path.
  const catalog = await fetch(urls.pathCatalog())
    .then((r) => (r.ok ? (r.json() as Promise<PathCatalog>) : undefined))
    .catch(() => undefined);
  if (!catalog) return;
  const place = customPathPlace(link, lessonId, catalog, urls);
  const block = element.querySelector<HTMLElement>('[data-path-custom]');
  if (!place || !block) return;
  if (fromLink) progress.update((data) => followCustomPath(data, place.query, Date.now()));
  const title = place.title || element.label('title');
  block.setAttribute('aria-label', fill(element.label('label'), { path: title }));
  const back = Object.assign(document.createElement('a'), { href: place.back, textContent: element.label('back') });
  const text = block.querySelector('.custom-place');
  if (text) {
    text.replaceChildren(`${fill(element.label('place'), { path: title, position: place.position, total: place.total })}\u00a0· `, back);
    block.querySelector('button.leave')?.addEventListener('click', () => {
      // The address no longer holds the path, so a reload does not follow it again.
      history.replaceState(history.state, '', location.pathname + withoutCustomPath(location.search) + location.hash);
      if (progress.read().path?.id === CUSTOM_PATH_ID) progress.update(leavePath);
      element.closest('main')?.focus();
    });
  } else {
    const link = block.querySelector('a')!;
    link.href = place.nextStep?.href ?? place.back;
    link.rel = place.nextStep ? 'next' : '';
    link.querySelector('.dir')!.textContent = `${element.label(place.nextStep ? 'next' : 'back')} →`;
    link.querySelector('.title')!.textContent = place.nextStep?.title ?? element.label('finish');
  }
  block.hidden = false;
  element.classList.add('active');
  // Left here or in another tab: the course's order applies again.
  progress.subscribe(() => {
    if (onCustomPath()) return;
    block.hidden = true;
    element.classList.remove('active');
  });
}
