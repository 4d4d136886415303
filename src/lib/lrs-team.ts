/**
 * The team report from a Learning Record Store: the statements the cmi5 package sent (answers,
 * lessons completed, exams passed or failed) turned back into one progress record per learner, in
 * the same shape as the files learners export, so the report is built exactly as from files.
 */
import { COURSE_IRI, iris, VERBS, type Agent, type Statement } from './cmi5/statements.ts';
import { exportProgress } from './progress/transfer.ts';
import type { Attempt, ExamRecord, ProgressData } from './progress/types.ts';
import { emptyProgress } from './progress/validate.ts';
import type { DroppedFile } from './team-report.ts';

/** The cmi5 AUs whose statements the team report reads (their publisher ids). */
export const TEAM_ACTIVITIES = [iris.au('course'), iris.au('exam')] as const;

const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** One learner as the LRS knows them. */
export interface LrsLearner {
  /** The actor's identifier (account, mbox…), for telling two learners of the same name apart. */
  key: string;
  name: string;
  data: ProgressData;
}

/** An agent's inverse functional identifier as one string; null for an actor without one. */
export function agentKey(actor: Agent | undefined): string | null {
  if (!actor) return null;
  if (actor.account?.name) return `account:${actor.account.homePage}|${actor.account.name}`;
  if (actor.mbox) return `mbox:${actor.mbox.toLowerCase()}`;
  if (actor.mbox_sha1sum) return `sha1:${actor.mbox_sha1sum}`;
  if (actor.openid) return `openid:${actor.openid}`;
  return null;
}

const agentName = (actor: Agent) => actor.name?.trim() || actor.account?.name || actor.mbox?.replace(/^mailto:/i, '') || actor.openid || '';

/** The id after `prefix` in an activity id, decoded; null when it is not one of the course's. */
function idAfter(activityId: string, prefix: string): string | null {
  if (!activityId.startsWith(prefix)) return null;
  try {
    return decodeURI(activityId.slice(prefix.length)) || null;
  } catch {
    return null;
  }
}

const timeOf = (s: Statement) => {
  const t = Date.parse(s.timestamp ?? s.stored ?? '');
  return Number.isFinite(t) ? t : null;
};

/** Whether `s` is about the AU with publisher id `au`: its object, or the grouping the LMS put in the context. */
const aboutAu = (s: Statement, au: string) => s.object.id === au || (s.context?.contextActivities?.grouping ?? []).some((a) => a.id === au);

/**
 * One record per learner from `statements` (any order, any number of launches and registrations).
 * Statements of other courses are ignored; lessons and questions the course no longer has are left
 * to the team report, which counts only the course's own. The same statement twice counts once.
 */
export function learnersFromStatements(statements: readonly Statement[]): LrsLearner[] {
  const seen = new Set<string>();
  const learners = new Map<string, LrsLearner>();
  const sorted = [...statements].filter((s) => s && typeof s === 'object' && s.verb && s.object).sort((a, b) => (timeOf(a) ?? 0) - (timeOf(b) ?? 0));
  for (const s of sorted) {
    const key = agentKey(s.actor);
    const at = timeOf(s);
    if (!key || at === null || (s.id && seen.has(s.id))) continue;
    if (s.id) seen.add(s.id);
    const learner = learners.get(key) ?? { key, name: agentName(s.actor), data: emptyProgress(at, lrsLearnerId(key)) };
    learners.set(key, learner);
    if (s.actor.name?.trim()) learner.name = s.actor.name.trim();
    const data = learner.data;
    const verb = s.verb.id;
    let used = true;

    const lesson = idAfter(s.object.id, `${COURSE_IRI}/lesson/`);
    const question = idAfter(s.object.id, `${COURSE_IRI}/question/`);
    if (verb === VERBS.completed && lesson) {
      const entry = (data.lessons[lesson] ??= { firstVisit: at, lastVisit: at, seconds: 0 });
      entry.lastVisit = Math.max(entry.lastVisit, at);
      entry.completedAt ??= at;
    } else if (verb === VERBS.answered && question) {
      const success = s.result?.success === true;
      const scaled = s.result?.score?.scaled;
      const attempt: Attempt = {
        at,
        correct: success,
        score: typeof scaled === 'number' && scaled >= 0 && scaled <= 1 ? scaled : success ? 1 : 0,
        source: aboutAu(s, iris.au('exam')) ? 'exam' : 'lesson',
      };
      if (typeof s.result?.response === 'string' && s.result.response) attempt.answer = s.result.response.slice(0, 200);
      (data.attempts[question] ??= []).push(attempt);
    } else if ((verb === VERBS.passed || verb === VERBS.failed) && aboutAu(s, iris.au('exam'))) {
      const scaled = s.result?.score?.scaled;
      if (typeof scaled !== 'number' || scaled < 0 || scaled > 1) continue;
      const mastery = s.context?.extensions?.[MASTERY];
      const exam: ExamRecord = {
        id: `lrs-${s.id ?? at}`,
        seed: 0,
        startedAt: at,
        submittedAt: at,
        score: scaled,
        passed: verb === VERBS.passed,
        passMark: typeof mastery === 'number' && mastery > 0 && mastery <= 1 ? mastery : scaled,
        questionIds: [],
        byModule: {},
      };
      data.exams.push(exam);
    } else {
      used = false;
    }
    if (used) data.updatedAt = Math.max(data.updatedAt, at);
  }
  return [...learners.values()].filter((l) => Object.keys(l.data.lessons).length || Object.keys(l.data.attempts).length || l.data.exams.length);
}

/**
 * A learner's id in the team report, from their LRS identity (account or mailbox): the same person always
 * gets the same id, so two namesakes stay apart and one person's records merge (FNV-1a, 32 bits, base 36).
 */
function lrsLearnerId(agentKey: string): string {
  let hash = 0x811c9dc5;
  for (const char of agentKey) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `lrs-${hash.toString(36)}`;
}

/**
 * The learners as the files the team report reads: each named after the learner and the LRS, so the
 * report's "文件" column says where the record came from.
 */
export function learnerFiles(learners: readonly LrsLearner[], source: string, now = Date.now()): DroppedFile[] {
  return learners.map((l) => ({
    name: `${source}：${l.name || l.key}`,
    text: exportProgress({ ...l.data, learnerName: l.name || l.key }, now),
  }));
}
