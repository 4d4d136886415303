import type { CoursePath } from './course-path.ts';
import { Catalog, find, type Label } from './custom-path-catalog.ts';
import { formatDuration, type DurationLabels } from '../../lib/duration.ts';
import { customPathQuery, parseCustomPath, pathMinutes } from '../../lib/paths.ts';
import { fill } from '../../lib/template.ts';
import type { PathStep } from '../../schemas/path.ts';
import { followCustomPath } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';

/**
 * The custom path of a link (`?p=` or the older `?lessons=`), shown like every other path: its title,
 * note, facts and steps (unknown codes listed and skipped), in the viewer part (CustomPathViewer.astro).
 */
export class PathViewer {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  readonly catalog: Catalog;
  readonly label: Label;

  constructor(root: HTMLElement, heading: HTMLElement, catalog: Catalog, label: Label) {
    this.root = root;
    this.heading = heading;
    this.catalog = catalog;
    this.label = label;
  }

  show(search: string): void {
    const { root, catalog, label } = this;
    const known = {
      lessons: catalog.entries.filter((e) => e.kind === 'lesson').map((e) => e.id),
      modules: catalog.entries.filter((e) => e.kind === 'practice').map((e) => e.id),
    };
    const { steps, unknown, title, note } = parseCustomPath(search, known);
    const heading = title || label('title');
    this.heading.textContent = heading;
    document.title = `${heading} | ${label('site')}`;
    root.hidden = false;
    const notice = find(root, '.unknown');
    notice.hidden = unknown.length === 0;
    notice.textContent = fill(label('unknown'), { count: unknown.length, ids: unknown.join('、') });
    find(root, '.note').hidden = !note;
    find(root, '.note-text').textContent = note;
    find(root, '.empty').hidden = steps.length > 0;
    const path = find<CoursePath>(root, 'course-path');
    path.hidden = steps.length === 0;
    if (steps.length === 0) return;
    const lessons = steps.filter((step) => 'lesson' in step).length;
    const practice = steps.length - lessons;
    const minutes = pathMinutes(steps, (id) => catalog.entry({ lesson: id }).minutes);
    find(root, '.facts').textContent = [
      fill(label('lessons'), { count: lessons }),
      practice ? fill(label('practiceCount'), { count: practice }) : '',
      fill(label('about'), { time: formatDuration(minutes * 60, this.#durations()) }),
    ]
      .filter(Boolean)
      .join(' · ');
    const template = find<HTMLTemplateElement>(root, 'template');
    // Its steps open with the path in their address, so each shows its place and the path's next step, and
    // the way back to this page brings the trainer's note with it.
    const pathQuery = customPathQuery(steps, catalog.codes(), { title, note });
    find(root, '.path-steps').replaceChildren(...steps.map((step) => this.#step(template, step, pathQuery)));
    path.refresh();
    // The learner received this link: the course keeps the path, so the home page shows it without the link.
    progress.update((data) => followCustomPath(data, pathQuery, Date.now()));
  }

  #durations(): DurationLabels {
    const { label } = this;
    return { short: label('short'), minutes: label('minutes'), hours: label('hours'), hoursMinutes: label('hoursMinutes') };
  }

  /** A step cloned from the path's template, filled with textContent only. */
  #step(template: HTMLTemplateElement, step: PathStep, pathQuery: string): Node {
    const entry = this.catalog.entry(step);
    const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    if ('lesson' in step) item.dataset.stepLesson = step.lesson;
    else item.dataset.stepPractice = step.practice;
    Object.assign(item.querySelector('a')!, { href: entry.href + pathQuery, textContent: entry.title });
    item.querySelector('.step-meta')!.textContent = entry.meta;
    return item;
  }
}
