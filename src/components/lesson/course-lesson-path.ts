import { CourseElement, defineElement } from '../base/course-element.ts';
import { isCustomPathQuery, PATH_PARAM } from '../../lib/path-link.ts';
import { CUSTOM_PATH_ID } from '../../lib/progress/types.ts';
import { followPath, leavePath } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';

export type LessonPathLabel = 'title' | 'label' | 'place' | 'back' | 'next' | 'finish';

/**
 * Shows the block of the learning path the learner follows, if the page is in it. Opened with
 * `?path=<id>` (a link of the path), the page makes that path the one followed; 不按这条路线学了 leaves
 * it. For a trainer's custom path, opened from its link (`?p=…`, which the learner then follows) or followed
 * since, loads ./custom-path-place.ts to work out the lesson's place.
 */
class CourseLessonPath extends CourseElement<LessonPathLabel> {
  protected setup() {
    const { lesson, practice } = this.dataset;
    const followed = progress.read().path;
    const fromLink = isCustomPathQuery(location.search);
    // A link of a named path (`?path=`) is followed instead of the custom path followed so far.
    const named = new URLSearchParams(location.search).has(PATH_PARAM);
    const customLink = fromLink ? location.search : !named && followed?.id === CUSTOM_PATH_ID ? followed.link : undefined;
    if ((lesson || practice) && customLink) {
      void import('./custom-path-place.ts').then(({ showCustomPlace }) => showCustomPlace(this, lesson ?? { practice: practice! }, customLink, fromLink));
      return;
    }
    const blocks = this.$$('[data-path-id]');
    if (blocks.length === 0) return;
    // A path's practice step belongs to that path alone: opening it follows the path too.
    const chosen = this.dataset.pathStep ?? new URLSearchParams(location.search).get(PATH_PARAM);
    if (chosen && blocks.some((b) => b.dataset.pathId === chosen) && progress.read().path?.id !== chosen) {
      progress.update((data) => followPath(data, chosen, Date.now()));
    }
    for (const button of this.$$('button.leave')) {
      button.addEventListener('click', () => {
        // The address no longer names the path, so a reload does not follow it again.
        const url = new URL(location.href);
        url.searchParams.delete(PATH_PARAM);
        history.replaceState(history.state, '', url);
        progress.update(leavePath);
        this.closest('main')?.focus();
      });
    }
    const show = (id: string | undefined) => {
      for (const block of blocks) block.hidden = block.dataset.pathId !== id;
      this.classList.toggle(
        'following',
        blocks.some((b) => !b.hidden),
      );
    };
    show(progress.read().path?.id);
    progress.subscribe((data) => show(data.path?.id));
  }
}

defineElement('course-lesson-path', CourseLessonPath);
