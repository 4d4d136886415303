import { CourseElement, defineElement } from '../base/course-element.ts';

/** Opens the course menu as a sidebar on wide screens; on a phone, Escape closes the drawer. */
class CourseMenu extends CourseElement {
  protected setup() {
    const menu = this.$<HTMLDetailsElement>('details.course-menu');
    const wide = matchMedia('(min-width: 60rem)');
    wide.addEventListener('change', () => (menu.open = wide.matches));
    // This script loads once the page is idle: a menu the learner opened on a phone before then stays open.
    if (wide.matches) menu.open = true;
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || wide.matches || !menu.open) return;
      menu.open = false;
      this.$('summary').focus();
    });
  }
}

defineElement('course-menu', CourseMenu);
