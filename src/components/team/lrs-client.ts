/**
 * Reads the course's statements from an LRS with @xapi/xapi. Loaded by course-team-lrs only when the
 * trainer asks to read, so the team page's own script stays small.
 */
import XAPI from '@xapi/xapi';
import type { Statement } from '../../lib/cmi5/statements.ts';

/** Every statement about `activities` (the AUs, anywhere in a statement), page after page. */
export async function readStatements(endpoint: string, key: string, secret: string, activities: readonly string[]): Promise<Statement[]> {
  const xapi = new XAPI({ endpoint, auth: XAPI.toBasicAuth(key, secret) });
  const all: Statement[] = [];
  for (const activity of activities) {
    let page = (await xapi.getStatements({ activity, related_activities: true, limit: 500 })).data;
    all.push(...(page.statements as unknown as Statement[]));
    while (page.more) {
      page = (await xapi.getMoreStatements({ more: page.more })).data;
      all.push(...(page.statements as unknown as Statement[]));
    }
  }
  return all;
}
