import { THEME_SCRIPT_HASH } from './theme-script.ts';

/**
 * The Content-Security-Policy every page declares (components/base/SecurityPolicy.astro). It is the same text on
 * every page, so no page hashes its scripts and styles while it renders (Astro's own CSP did, for each page
 * anew): the site's scripts and styles are files of its own ('self'; astro.config.mjs inlines no stylesheet),
 * and its one inline script, the theme's, is allowed by its hash. test/build/security-policy.test.ts checks
 * every built page against it.
 */
export function securityPolicy({ connectAnywhere = false }: { connectAnywhere?: boolean } = {}): string {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Pagefind runs WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' '${THEME_SCRIPT_HASH}'`,
    "style-src 'self'",
    // The team report's LRS and a cmi5 launch's LRS are named at run time.
    ...(connectAnywhere ? ["connect-src 'self' https: http:"] : []),
  ].join('; ');
}
