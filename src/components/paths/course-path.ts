import { CourseElement, defineElement } from '../base/course-element.ts';
import { progress } from '../progress/progress-client.ts';
import { pathProgress } from '../../lib/path-progress.ts';
import { fill } from '../../lib/template.ts';
import { pathStepKey } from '../../lib/progress/record.ts';
import type { PathStep } from '../../schemas/path.ts';

/**
 * Upgrades a path's step list: ticks completed lessons, counts them, and points to the next step.
 * `refresh()` runs it again, for a list built after the element was connected.
 */
export class CoursePath extends CourseElement<'progress'> {
  protected setup() {
    this.refresh();
    // A lesson completed here or in another tab: show it at once.
    progress.subscribe(() => this.refresh());
  }

  refresh() {
    const items = this.$$('.path-step');
    if (items.length === 0) return;
    const steps: PathStep[] = items.map(({ dataset: d }) => (d.stepLesson ? { lesson: d.stepLesson } : { practice: d.stepPractice ?? '' }));
    const { lessons, pathSteps } = progress.read();
    const completed = new Set(Object.keys(lessons).filter((id) => lessons[id]!.completedAt !== undefined));
    const pathId = this.dataset.pathId;
    const practiceDone = pathId ? new Set(steps.flatMap((s) => ('practice' in s && pathSteps[pathStepKey(pathId, s.practice)] ? [s.practice] : []))) : undefined;
    const { done, total, next } = pathProgress(steps, completed, practiceDone);
    const nextItem = next && items[steps.indexOf(next)];
    items.forEach((item, i) => {
      const step = steps[i]!;
      item.querySelector<HTMLElement>('.step-done')!.hidden = !('lesson' in step ? completed.has(step.lesson) : practiceDone?.has(step.practice));
      const link = item.querySelector('a')!;
      if (item === nextItem) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    });
    const bar = this.$<HTMLProgressElement & HTMLElement>('progress');
    bar.max = Math.max(total, 1);
    bar.value = done;
    this.$('.path-count label').textContent = fill(this.label('progress'), { done, total });
    const link = this.$<HTMLAnchorElement>('.path-next a');
    const source = nextItem?.querySelector('a');
    if (source) Object.assign(link, { href: source.href, textContent: source.textContent });
    this.$('.path-next').hidden = !source;
    // A path of practice only has no lessons to complete, so it is never "all done".
    this.$('.path-all-done').hidden = Boolean(source) || total === 0;
    this.$('.path-status').hidden = false;
  }
}

defineElement('course-path', CoursePath);
