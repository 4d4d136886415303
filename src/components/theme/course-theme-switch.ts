import { CourseElement, defineElement } from '../base/course-element.ts';
import { THEME_KEY } from '../../lib/theme.ts';

/** The 配色 select: stores the choice and applies it to the page at once (the head script applies it on load). */
class CourseThemeSwitch extends CourseElement {
  protected setup() {
    const select = this.$<HTMLSelectElement>('select');
    select.value = document.documentElement.dataset.theme ?? 'system';
    select.addEventListener('change', () => {
      const theme = select.value;
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
      else delete document.documentElement.dataset.theme;
      try {
        if (theme === 'system') localStorage.removeItem(THEME_KEY);
        else localStorage.setItem(THEME_KEY, theme);
      } catch {
        // No storage (private mode): the choice holds for this page only.
      }
    });
  }
}

defineElement('course-theme-switch', CourseThemeSwitch);
