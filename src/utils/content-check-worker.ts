/**
 * The content check in a thread of its own (started by content-integration.ts when `astro build` starts):
 * it reads the course on the second core while Astro syncs its content layer on the first. It tells the list
 * files it read as soon as it has them (the content loader takes them instead of reading them again), then
 * what it found.
 */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

// A thread does not share the compile cache Astro turns on for the build's thread: without it, every build would
// strip the types of and compile each module of the check again (about a tenth of a second of the thread's time).
enableCompileCache();
const { checkCourse } = await import('./course-check.ts');

const { problems, warnings } = await checkCourse((workerData as { root: string }).root, (lists) => parentPort!.postMessage({ lists }));
parentPort!.postMessage({ problems, warnings });
