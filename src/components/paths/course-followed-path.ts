import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { CUSTOM_PATH_ID, type ProgressData } from '../../lib/progress/types.ts';

export interface FollowedPathData {
  /** The course's lesson and module ids: what a custom path link may name. */
  lessons: string[];
  modules: string[];
  /** The custom path page, where a custom path's link leads with its query. */
  customPath: string;
}

/**
 * On the list of learning paths, the path the learner follows: its card marked, or, for a trainer's custom
 * path (which has no card), a link to it above the list.
 */
class CourseFollowedPath extends CourseElement<'customTitle'> {
  #data!: FollowedPathData;
  #renders = 0;

  protected setup() {
    this.#data = readPageData<FollowedPathData>(this, { lessons: [], modules: [], customPath: '' });
    progress.subscribe((data) => void this.#render(data));
    void this.#render(progress.read());
  }

  async #render(data: ProgressData) {
    const render = ++this.#renders;
    const followed = data.path?.id;
    for (const card of this.$$('li[data-path-id]')) {
      const on = card.dataset.pathId === followed;
      card.classList.toggle('following', on);
      card.querySelector<HTMLElement>('.following-mark')!.hidden = !on;
    }
    const link = followed === CUSTOM_PATH_ID ? data.path?.link : undefined;
    // The link reader loads only for a learner on a custom path.
    const custom = link ? (await import('../../lib/paths.ts')).parseCustomPath(link, this.#data) : undefined;
    if (render !== this.#renders) return;
    const line = this.$('.followed-custom');
    line.hidden = !custom?.steps.length;
    if (!custom?.steps.length) return;
    Object.assign(this.$<HTMLAnchorElement>('.followed-custom a'), { href: this.#data.customPath + link, textContent: custom.title || this.label('customTitle') });
  }
}

defineElement('course-followed-path', CourseFollowedPath);
