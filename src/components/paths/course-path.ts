import { progress } from '../progress/progress-client.ts';
import { pathProgress } from '../../lib/paths.ts';
import { fill } from '../../lib/template.ts';
import type { PathStep } from '../../schemas/path.ts';

/**
 * Upgrades a path's step list: ticks completed lessons, counts them, and points to the next step.
 * `refresh()` runs it again, for a list built after the element was connected.
 */
export class CoursePath extends HTMLElement {
  #ready = false;

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    this.refresh();
    // Another tab completed a lesson: show it here too.
    addEventListener('storage', (event) => event.key === 'course-progress' && this.refresh());
  }

  refresh() {
    const items = [...this.querySelectorAll<HTMLElement>('.path-step')];
    if (items.length === 0) return;
    const steps: PathStep[] = items.map(({ dataset: d }) => (d.stepLesson ? { lesson: d.stepLesson } : { practice: d.stepPractice ?? '' }));
    const { lessons } = progress.read();
    const completed = new Set(Object.keys(lessons).filter((id) => lessons[id]!.completedAt !== undefined));
    const { done, total, next } = pathProgress(steps, completed);
    const nextItem = next && items[steps.indexOf(next)];
    items.forEach((item, i) => {
      const step = steps[i]!;
      item.querySelector<HTMLElement>('.step-done')!.hidden = !('lesson' in step && completed.has(step.lesson));
      const link = item.querySelector('a')!;
      if (item === nextItem) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    });
    const bar = this.querySelector('progress')!;
    bar.max = Math.max(total, 1);
    bar.value = done;
    this.querySelector('.path-count label')!.textContent = fill(JSON.parse(this.dataset.labels!).progress, { done, total });
    const link = this.querySelector<HTMLAnchorElement>('.path-next a')!;
    const source = nextItem?.querySelector('a');
    if (source) Object.assign(link, { href: source.href, textContent: source.textContent });
    this.querySelector<HTMLElement>('.path-next')!.hidden = !source;
    // A path of practice only has no lessons to complete, so it is never "all done".
    this.querySelector<HTMLElement>('.path-all-done')!.hidden = Boolean(source) || total === 0;
    this.querySelector<HTMLElement>('.path-status')!.hidden = false;
  }
}

if (!customElements.get('course-path')) customElements.define('course-path', CoursePath);
