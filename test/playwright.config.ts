import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Tests run against the built site (`npm run build`), served by `astro preview`, in Debian's
// Chromium; Playwright never downloads a browser here.
const port = Number(process.env.E2E_PORT ?? 4329);
// The same course built for hosting under a sub-path (`npm run build:subpath`), tested when present.
const SUBPATH = '/training/customer-service/';
const subpathBuilt = existsSync(new URL('../dist-subpath/index.html', import.meta.url));

// --ignore-lock: several preview servers (other checkouts, a developer's own) may run side by side.
const preview = (p: number, env: Record<string, string> = {}) => ({
  command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${p}`,
  cwd: '..',
  url: `http://127.0.0.1:${p}${env.COURSE_BASE ?? '/'}`,
  env,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Pages with a module's whole question bank take axe a while on a 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'off',
    // Service workers only where tested (offline.spec.ts): elsewhere every request reaches the test's routes.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['**/subpath.spec.ts', '**/scorm.spec.ts', '**/cmi5.spec.ts', '**/offline.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}/` },
    },
    ...(subpathBuilt ? [{ name: 'subpath', testMatch: '**/subpath.spec.ts', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port + 1}${SUBPATH}` } }] : []),
    // The built site as a web app, served by the spec's own server so it can publish a changed build.
    { name: 'offline', testMatch: '**/offline.spec.ts', use: { ...devices['Desktop Chrome'], serviceWorkers: 'allow' as const } },
    // The SCORM packages (`npm run package:scorm`), served by the spec's own test LMS.
    { name: 'scorm', testMatch: '**/scorm.spec.ts', use: { ...devices['Desktop Chrome'] } },
    // The cmi5 package (`npm run package:cmi5`), launched by the spec's test LMS, reporting to a real LRS it starts;
    // then the website's /team/ reads that LRS.
    { name: 'cmi5', testMatch: '**/cmi5.spec.ts', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}/` } },
  ],
  webServer: [preview(port), ...(subpathBuilt ? [preview(port + 1, { COURSE_BASE: SUBPATH, COURSE_OUT_DIR: './dist-subpath' })] : [])],
});
