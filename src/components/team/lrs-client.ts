/**
 * Reads the course's statements from an LRS with @xapi/xapi and turns them into the team report's
 * learner records. Loaded by course-team-lrs only when the trainer asks to read, so the team page's
 * own script stays small.
 */
import XAPI, { type StatementsResponse } from '@xapi/xapi';
import type { Statement } from '../../lib/cmi5/statements.ts';
import { learnerFiles, learnersFromStatements, TEAM_ACTIVITIES } from '../../lib/lrs-team.ts';
import type { DroppedFile } from '../../lib/team-report.ts';

/** Every statement about `activities` (the AUs, anywhere in a statement), page after page. */
async function readStatements(xapi: XAPI, activities: readonly string[]): Promise<Statement[]> {
  const all: Statement[] = [];
  for (const activity of activities) {
    // Without attachments asked for, the answer is the plain statement list.
    let page = (await xapi.getStatements({ activity, related_activities: true, limit: 500 })).data;
    all.push(...(page.statements as Statement[]));
    while (page.more) {
      page = (await xapi.getMoreStatements({ more: page.more })).data as StatementsResponse;
      all.push(...(page.statements as Statement[]));
    }
  }
  return all;
}

/** The learners of the LRS at `endpoint` as the files the team report reads, and how many statements they came from. */
export async function readLearners(endpoint: string, key: string, secret: string, source: string): Promise<{ statements: number; files: DroppedFile[] }> {
  const statements = await readStatements(new XAPI({ endpoint, auth: XAPI.toBasicAuth(key, secret) }), TEAM_ACTIVITIES);
  return { statements: statements.length, files: learnerFiles(learnersFromStatements(statements), source) };
}
