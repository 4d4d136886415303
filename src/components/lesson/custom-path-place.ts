/**
 * Loaded only for a lesson or a module's practice page opened from a custom path (`?p=…`): fetches the
 * course's titles, finds the page's place in the path of the address and fills the element's custom blocks, at the top "第 n / N 步"
 * with the way back, at the bottom the path's next step.
 */
import { customPathPlace, type PathCatalog } from '../../lib/paths.ts';
import { fill } from '../../lib/template.ts';
import { urls } from '../../utils/url.ts';
import type { LessonPathLabel } from './course-lesson-path.ts';

interface PathElement extends HTMLElement {
  label(key: LessonPathLabel): string;
}

export async function showCustomPlace(element: PathElement, lessonId: string | { practice: string }): Promise<void> {
  // Offline or a failed fetch: the lesson keeps the course's order, as without the path.
  const catalog = await fetch(urls.pathCatalog())
    .then((r) => (r.ok ? (r.json() as Promise<PathCatalog>) : undefined))
    .catch(() => undefined);
  if (!catalog) return;
  const place = customPathPlace(location.search, lessonId, catalog, urls);
  const block = element.querySelector<HTMLElement>('[data-path-custom]');
  if (!place || !block) return;
  const title = place.title || element.label('title');
  block.setAttribute('aria-label', fill(element.label('label'), { path: title }));
  const back = Object.assign(document.createElement('a'), { href: place.back, textContent: element.label('back') });
  const text = block.querySelector('.custom-place');
  if (text) {
    text.replaceChildren(`${fill(element.label('place'), { path: title, position: place.position, total: place.total })}\u00a0· `, back);
  } else {
    const link = block.querySelector('a')!;
    link.href = place.nextStep?.href ?? place.back;
    link.rel = place.nextStep ? 'next' : '';
    link.querySelector('.dir')!.textContent = `${element.label(place.nextStep ? 'next' : 'back')} →`;
    link.querySelector('.title')!.textContent = place.nextStep?.title ?? element.label('finish');
  }
  block.hidden = false;
  element.classList.add('active');
}
