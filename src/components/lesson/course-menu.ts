import { CourseElement, defineElement } from '../base/course-element.ts';

/** Opens the course menu as a sidebar on wide screens; on a phone, Escape closes the drawer. */
class CourseMenu extends CourseElement {
  protected setup() {
    const menu = this.$<HTMLDetailsElement>('details.course-menu');
    const wide = matchMedia('(min-width: 60rem)');
    const fit = () => (menu.open = wide.matches);
    wide.addEventListener('change', fit);
    fit();
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || wide.matches || !menu.open) return;
      menu.open = false;
      this.$('summary').focus();
    });
  }
}

defineElement('course-menu', CourseMenu);
