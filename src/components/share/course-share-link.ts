import { CourseElement, defineElement } from '../base/course-element.ts';
import { shareLink } from '../../lib/share.ts';
import { fill } from '../../lib/template.ts';
import { shareContext } from '../../utils/url.ts';

/** Completes a question's share link from the page's address and says when that is this computer. */
class CourseShareLink extends CourseElement<'localOnly'> {
  setup() {
    const { url, localOnly } = shareLink({ question: this.dataset.question! }, shareContext(location.href));
    Object.assign(this.$<HTMLAnchorElement>('.share-url'), { href: url, textContent: url });
    const notice = this.$('.share-local');
    notice.hidden = !localOnly;
    notice.textContent = localOnly ? fill(this.label('localOnly'), { host: location.host }) : '';
  }
}

defineElement('course-share-link', CourseShareLink);
