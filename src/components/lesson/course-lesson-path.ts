import { CourseElement, defineElement } from '../base/course-element.ts';
import { isCustomPathQuery, PATH_PARAM } from '../../lib/paths.ts';

export type LessonPathLabel = 'title' | 'label' | 'place' | 'back' | 'next' | 'finish';

/**
 * Shows the block of the path named in the page's `?path=` (if the lesson is in it); for a custom
 * path (`?p=…`), loads ./custom-path-place.ts to work out the lesson's place.
 */
class CourseLessonPath extends CourseElement<LessonPathLabel> {
  protected setup() {
    if (isCustomPathQuery(location.search)) {
      void import('./custom-path-place.ts').then(({ showCustomPlace }) => showCustomPlace(this, this.dataset.lesson!));
      return;
    }
    const id = new URLSearchParams(location.search).get(PATH_PARAM);
    const block = this.$$('[data-path-id]').find((b) => b.dataset.pathId === id);
    if (!block) return;
    block.hidden = false;
    this.classList.add('active');
  }
}

defineElement('course-lesson-path', CourseLessonPath);
