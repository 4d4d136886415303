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

// exceljs's browser build without polyfills, copied as a file and loaded lazily by the team report's Excel export.
declare module 'exceljs/dist/exceljs.bare.min.js?url' {
  const url: string;
  export default url;
}

// An .astro component as TypeScript outside Astro's own checker sees it (typescript-eslint): a component
// factory. `astro check` resolves each import to the real component and its props instead.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
