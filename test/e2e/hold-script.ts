import type { Page } from '@playwright/test';

/**
 * Holds back the built script named `name` (`_astro/<name>.<hash>.js`, e.g. 'course-menu') until the
 * returned function is called: a slow connection on cue, so a test can act before the script arrives.
 */
export async function holdScript(page: Page, name: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
