declare namespace App {
  interface Locals {
    /** Id of the lesson being rendered, so `<Quiz lesson />` and `<Term>` know where they are. */
    lessonId?: string;
    /** Glossary ids already linked on this page: only a term's first mention becomes a link. */
    linkedTerms?: Set<string>;
  }
}

interface ImportMetaEnv {
  /** The course's public address (COURSE_SITE when the site was built), '' when not set: see astro.config.mjs. */
  readonly COURSE_SITE: string;
}

// exceljs's browser build without polyfills, loaded lazily by the team report's Excel export.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
