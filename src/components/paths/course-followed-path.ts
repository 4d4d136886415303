import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { CUSTOM_PATH_ID, type ProgressData } from '../../lib/progress/types.ts';
import { customPathTitle } from '../../lib/path-link.ts';

export interface FollowedPathData {
  /** The custom path page, where a custom path's link leads with its query. */
  customPath: string;
}

/**
 * On the list of learning paths, the path the learner follows: its card marked, or, for a trainer's custom
 * path (which has no card), a link to it above the list.
 */
class CourseFollowedPath extends CourseElement<'customTitle'> {
  #data!: FollowedPathData;

  protected setup() {
    this.#data = readPageData<FollowedPathData>(this, { customPath: '' });
    progress.subscribe((data) => this.#render(data));
    this.#render(progress.read());
  }

  #render(data: ProgressData) {
    const followed = data.path?.id;
    for (const card of this.$$('li[data-path-id]')) {
      const on = card.dataset.pathId === followed;
      card.classList.toggle('following', on);
      card.querySelector<HTMLElement>('.following-mark')!.hidden = !on;
    }
    // A custom path is followed only from a link with steps (followCustomPath): its title is all there is to read.
    const link = followed === CUSTOM_PATH_ID ? data.path?.link : undefined;
    const line = this.$('.followed-custom');
    line.hidden = !link;
    if (link)
      Object.assign(this.$<HTMLAnchorElement>('.followed-custom a'), { href: this.#data.customPath + link, textContent: customPathTitle(link) || this.label('customTitle') });
  }
}

defineElement('course-followed-path', CourseFollowedPath);
