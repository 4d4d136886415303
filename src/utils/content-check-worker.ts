/**
 * The content check in a thread of its own (started by content-integration.ts when `astro build` starts):
 * it reads the course on the second core while Astro syncs its content layer on the first. It tells the list
 * files it read as soon as it has them (the content loader takes them instead of reading them again), then
 * what it found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCourse } from './course-check.ts';

const { problems, warnings } = await checkCourse((workerData as { root: string }).root, (lists) => parentPort!.postMessage({ lists }));
parentPort!.postMessage({ problems, warnings });
