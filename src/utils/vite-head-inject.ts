import type { Plugin } from 'vite';

/** The directive Astro 7.3 still writes into each content entry's `?astroPropagatedAssets` wrapper module. */
const DEAD_DIRECTIVE = /^(\s*)"use astro:head-inject";/m;

/**
 * Removes a directive nothing reads any more, so Rolldown stops warning about it.
 *
 * Astro's content-asset plugin wraps every MDX entry in a small module that begins with
 * `"use astro:head-inject";`. Since withastro/astro#17095, Astro finds head-propagating modules by their
 * `?astroPropagatedAssets` id, not by this directive; the directive was dropped from the content module
 * template but left in this wrapper. Rolldown (Vite 8) warns MODULE_LEVEL_DIRECTIVE for every module-level
 * directive it does not know ("may not be preserved when bundling"), once per lesson, and then drops it
 * anyway, so taking it out before bundling changes nothing in the output (withastro/astro#18087).
 * When Astro stops emitting it, this plugin finds nothing to do.
 */
export function deadHeadInjectDirective(): Plugin {
  return {
    name: 'course:dead-head-inject-directive',
    enforce: 'post',
    transform: {
      filter: { id: /[?&]astroPropagatedAssets(?:&|=|$)/ },
      handler(code) {
        if (!DEAD_DIRECTIVE.test(code)) return null;
        // Same length of lines: the (empty) source map Astro gives stays true.
        return { code: code.replace(DEAD_DIRECTIVE, '$1'), map: null };
      },
    },
  };
}
