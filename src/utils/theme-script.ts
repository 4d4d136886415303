import { createHash } from 'node:crypto';

import { THEME_KEY } from '../lib/theme.ts';

/**
 * Runs in <head> before the page paints, so a stored choice applies with no flash of the wrong theme.
 * Inline scripts are not hashed by Astro, so astro.config.mjs allows this one by its hash.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The CSP source that allows THEME_SCRIPT. */
export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
