import { CourseElement, defineElement } from '../base/course-element.ts';
import { PATH_PARAM } from '../../lib/paths.ts';

/** Shows the block of the path named in the page's `?path=` (if the lesson is in it). */
class CourseLessonPath extends CourseElement {
  protected setup() {
    const id = new URLSearchParams(location.search).get(PATH_PARAM);
    const block = this.$$('[data-path-id]').find((b) => b.dataset.pathId === id);
    if (!block) return;
    block.hidden = false;
    this.classList.add('active');
  }
}

defineElement('course-lesson-path', CourseLessonPath);
