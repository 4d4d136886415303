/**
 * Whether this build is the website (an installable web app with offline learning) rather than a
 * SCORM package (`npm run package:scorm`), whose pages live in an LMS's frames with no service worker.
 */
export const isWebApp = (): boolean => !process.env.COURSE_PACKAGE;
