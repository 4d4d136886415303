import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { contentErrorPage } from '../lib/content-error-page.ts';
import { contentRoot } from './content-files.ts';
import { formatProblem, say } from '../lib/content-messages.ts';
import type { CourseCheck } from './course-check.ts';
import { withSlash } from '../lib/urls.ts';
import { offerParsedLists, type ParsedLists } from './parsed-lists.ts';

type Found = Pick<CourseCheck, 'problems' | 'warnings'>;

// The check's code (schemas, parsers, the MDX reader) loads where it runs: in the build, its own thread; the
// build's thread loads it only to report problems, and `astro dev` when it starts checking.
const courseCheck = () => import('./course-check.ts');

/**
 * The check of a build, run in a worker thread (content-check-worker.ts) beside Astro's content sync. The list
 * files it reads are offered to the content loader (parsed-lists.ts) as soon as it has them.
 */
function checkInWorker(root: string): Promise<Found> {
  const lists = Promise.withResolvers<ParsedLists | undefined>();
  offerParsedLists(lists.promise);
  const found = new Promise<Found>((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { root } });
    worker.on('message', (message: { lists: ParsedLists } | Found) => ('lists' in message ? lists.resolve(message.lists) : resolve(message)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`content check: its thread stopped (${code})`)));
  });
  // Without the thread, the loader reads the files itself.
  found.catch(() => {}).finally(() => lists.resolve(undefined));
  return found;
}

/**
 * Runs the content check (the same as `npm run check:content`) where a trainer works:
 * - `astro build`: before anything is built; on problems, prints each once, in Chinese and without a
 *   stack trace, and exits with code 1, so no site is made from wrong content. It runs in a thread of its
 *   own while Astro reads the content (the loaders let a wrong entry through: content-loader.ts) and is
 *   waited for when the build starts;
 * - `astro dev`: at start and after every change under the content folder; while there are problems,
 *   the terminal lists them and every page shows them, and the page reloads itself once they are fixed.
 */
export function contentCheck(): AstroIntegration {
  let base = '/';
  let checked: ReturnType<typeof checkInWorker> | undefined;
  return {
    name: 'course:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        base = config.base;
        // A Node that cannot start the thread from TypeScript (before type stripping) checks in this thread.
        if (command === 'build') checked = checkInWorker(contentRoot()).catch(async () => (await courseCheck()).checkCourse(contentRoot()));
      },
      'astro:build:start': async () => {
        const { problems } = await checked!;
        if (problems.length) {
          console.error(`\n${(await courseCheck()).problemReport(problems)}\n`);
          process.exit(1);
        }
      },
      'astro:server:setup': async ({ server, logger, refreshContent }) => {
        // A build may start a Vite server of its own (it does when NODE_ENV is not "production"): the build's check is enough.
        if (checked) return;
        const root = contentRoot();
        let problems: string[] = [];
        // Goes up whenever the problems change; the error page reloads itself when it sees a new one.
        let version = 0;
        const statusUrl = `${withSlash(base)}__course/content-status`;
        let running: Promise<void> = Promise.resolve();
        const { checkCourse, problemReport } = await courseCheck();
        const check = async () => {
          const before = problems.join('\n');
          const now = (await checkCourse(root)).problems;
          if (now.map(formatProblem).join('\n') === before) return false;
          // Pages render from Astro's content store, which takes a saved file in on its own time (it
          // writes itself out 500 ms later, then reloads the pages it serves). Once the content is right
          // again, the store is brought up to date first, so that the error page reloads into what was fixed.
          if (!now.length) await refreshContent?.({});
          problems = now.map(formatProblem);
          version++;
          if (now.length) console.error(`\n${problemReport(now)}\n`);
          else logger.info(say('report.fixed'));
          return true;
        };
        await check();
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(root);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(root)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            running = running.then(async () => {
              if (await check()) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
            });
          }, 150);
        });
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] === statusUrl) {
            res.setHeader('content-type', 'application/json');
            res.setHeader('cache-control', 'no-store');
            res.end(JSON.stringify({ version, problems: problems.length }));
            return;
          }
          if (!problems.length || !(req.headers.accept ?? '').includes('text/html')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(contentErrorPage(problems, { url: statusUrl, version }));
        });
      },
    },
  };
}
