import { CourseElement, defineElement } from '../base/course-element.ts';
import { progress } from '../progress/progress-client.ts';
import { sectionBeingRead } from '../../lib/reading-place.ts';
import { fill } from '../../lib/template.ts';
import { readReadingPlaces, saveReadingPlace } from './reading-places.ts';

/**
 * Notes the section of the lesson the learner read last, and on their next visit offers to take them back there.
 * The section is the one reached when scrolling stops: scrolling back up to the header to leave does not undo
 * it, and a visit that reads no section (a quick look) leaves the place as it was. A completed lesson has none.
 */
class CourseReadingPlace extends CourseElement<'place'> {
  #lesson!: HTMLElement;
  /** The section read last in this visit. */
  #reached: string | undefined;

  protected setup() {
    this.#lesson = this.closest<HTMLElement>('article[data-lesson-id]')!;
    this.#offer();
    let settle: ReturnType<typeof setTimeout> | undefined;
    addEventListener(
      'scroll',
      () => {
        clearTimeout(settle);
        settle = setTimeout(() => this.#look(), 250);
      },
      { passive: true },
    );
    addEventListener('pagehide', () => this.#note());
    addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.#note());
  }

  #id(): string {
    return this.#lesson.dataset.lessonId!;
  }

  #completed(): boolean {
    return progress.read().lessons[this.#id()]?.completedAt !== undefined;
  }

  /** The lesson's section headings, the quiz's among them, in page order. */
  #headings(): HTMLElement[] {
    return [...this.#lesson.querySelectorAll<HTMLElement>('.lesson-body :is(h2, h3)[id], h2#quiz')];
  }

  #offer() {
    const place = readReadingPlaces()[this.#id()];
    // Opened at a section (the table of contents, search, 继续学习) or already scrolled: nothing to offer.
    if (!place || location.hash || scrollY > 40 || this.#completed()) return;
    const heading = this.#headings().find((h) => h.id === place.heading);
    if (!heading) return;
    const line = this.$('.reading-place');
    line.querySelector('span')!.textContent = fill(this.label('place'), { heading: heading.textContent.trim() });
    line.querySelector('a')!.href = `#${encodeURIComponent(heading.id)}`;
    line.hidden = false;
  }

  /** Takes note of the section in view, if the learner is in one. */
  #look() {
    const tops = this.#headings().map((h) => ({ id: h.id, top: h.getBoundingClientRect().top }));
    this.#reached = sectionBeingRead(tops, innerHeight / 3) ?? this.#reached;
  }

  #note() {
    if (this.#completed()) return saveReadingPlace(this.#id(), undefined);
    this.#look();
    if (this.#reached) saveReadingPlace(this.#id(), this.#reached);
  }
}

defineElement('course-reading-place', CourseReadingPlace);
