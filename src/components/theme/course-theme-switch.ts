import { CourseElement, defineElement } from '../base/course-element.ts';
import { THEME_KEY } from '../../lib/theme.ts';

/** The 配色 select: stores the choice and applies it to the page at once (the head script applies it on load). */
class CourseThemeSwitch extends CourseElement {
  protected setup() {
    const select = this.$<HTMLSelectElement>('select');
    const apply = (theme: string) => {
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
      else delete document.documentElement.dataset.theme;
      try {
        if (theme === 'system') localStorage.removeItem(THEME_KEY);
        else localStorage.setItem(THEME_KEY, theme);
      } catch {
        // No storage (private mode): the choice holds for this page only.
      }
    };
    // This script loads once the page is idle: a choice the learner made before then is applied, not undone.
    const markup = [...select.options].find((option) => option.defaultSelected) ?? select.options[0];
    if (markup && select.value !== markup.value) apply(select.value);
    else select.value = document.documentElement.dataset.theme ?? 'system';
    select.addEventListener('change', () => apply(select.value));
  }
}

defineElement('course-theme-switch', CourseThemeSwitch);
