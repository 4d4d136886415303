import { CourseElement, defineElement } from '../base/course-element.ts';
import { sectionBeingRead } from '../../lib/reading-place.ts';
import { fill } from '../../lib/template.ts';
import { readReadingPlaces, saveReadingPlace } from './reading-places.ts';

/**
 * Notes which section of the lesson the learner is reading when they leave the page (hide it, close it, go on
 * to another), and on their next visit offers to take them back there: nothing runs while they read.
 */
class CourseReadingPlace extends CourseElement<'place'> {
  #lesson!: HTMLElement;

  protected setup() {
    this.#lesson = this.closest<HTMLElement>('article[data-lesson-id]')!;
    this.#offer();
    addEventListener('pagehide', () => this.#note());
    addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.#note());
  }

  /** The lesson's section headings, the quiz's among them, in page order. */
  #headings(): HTMLElement[] {
    return [...this.#lesson.querySelectorAll<HTMLElement>('.lesson-body :is(h2, h3)[id], h2#quiz')];
  }

  #offer() {
    const place = readReadingPlaces()[this.#lesson.dataset.lessonId!];
    // Opened at a section (the table of contents, search, 继续学习) or already scrolled: nothing to offer.
    if (!place || location.hash || scrollY > 40) return;
    const heading = this.#headings().find((h) => h.id === place.heading);
    if (!heading) return;
    const line = this.$('.reading-place');
    line.querySelector('span')!.textContent = fill(this.label('place'), { heading: heading.textContent.trim() });
    line.querySelector('a')!.href = `#${encodeURIComponent(heading.id)}`;
    line.hidden = false;
  }

  #note() {
    const tops = this.#headings().map((h) => ({ id: h.id, top: h.getBoundingClientRect().top }));
    saveReadingPlace(this.#lesson.dataset.lessonId!, sectionBeingRead(tops, innerHeight / 3));
  }
}

defineElement('course-reading-place', CourseReadingPlace);
