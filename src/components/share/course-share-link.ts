import { CourseElement, defineElement } from '../base/course-element.ts';
import { shareLink } from '../../lib/share.ts';
import { shareContext } from '../../utils/url.ts';

/** Completes a question's share link from the page's address. */
class CourseShareLink extends CourseElement {
  setup() {
    const { url } = shareLink({ question: this.dataset.question!, lesson: this.dataset.lesson! }, shareContext(location.href));
    Object.assign(this.$<HTMLAnchorElement>('.share-url'), { href: url, textContent: url });
  }
}

defineElement('course-share-link', CourseShareLink);
