/** localStorage key of the learner's colour choice: 'light' or 'dark'; absent means "follow the system". */
export const THEME_KEY = 'course-theme';
