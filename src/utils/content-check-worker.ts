/**
 * The content check in a thread of its own (started by content-integration.ts when `astro build` starts):
 * it reads the course on the second core while Astro syncs its content layer on the first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCourse } from './course-check.ts';

const { problems, warnings } = await checkCourse((workerData as { root: string }).root);
parentPort!.postMessage({ problems, warnings });
