import type { ProgressData } from '../progress/types.ts';
import { interactionValues, scormValues, sessionTime, type ScormCourse, type ScormVersion } from './report.ts';
import { decodeSuspend, encodeSuspend, SCORM12_SUSPEND_LIMIT } from './suspend.ts';

/** The LMS side of SCORM 1.2 (`window.API`), as far as the course uses it. */
export interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

/** The LMS side of SCORM 2004 (`window.API_1484_11`), as far as the course uses it. */
export interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
}

export type FoundApi = { version: '1.2'; api: Api12 } | { version: '2004'; api: Api2004 };

/** A window as findApi walks it: frames up to the top, then the window that opened it. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
  API_1484_11?: unknown;
}

const has = (value: unknown, method: string) => typeof (value as Record<string, unknown> | null)?.[method] === 'function';

/** The API an LMS offers in `win`, its parent frames or its opener (and the opener's frames); null outside an LMS. */
export function findApi(win: WindowLike): FoundApi | null {
  const look = (start: WindowLike | null | undefined): FoundApi | null => {
    let current = start;
    // The SCORM standards search at most a few levels; 10 is plenty and stops loops.
    for (let depth = 0; current && depth < 10; depth++) {
      try {
        if (has(current.API_1484_11, 'Initialize')) return { version: '2004', api: current.API_1484_11 as Api2004 };
        if (has(current.API, 'LMSInitialize')) return { version: '1.2', api: current.API as Api12 };
        if (!current.parent || current.parent === current) break;
        current = current.parent;
      } catch {
        // A frame of another origin: no API the course may use there.
        break;
      }
    }
    return null;
  };
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {}
  return look(win) ?? look(opener);
}

/**
 * One LMS session for a whole visit: reads what the LMS kept at the start, reports progress as it
 * changes (values only when they change, each new answer as an interaction), commits when a lesson is
 * completed or an exam submitted, and terminates once.
 */
export class LmsSession {
  readonly version: ScormVersion;
  #api: FoundApi;
  #course: ScormCourse;
  #sent = new Map<string, string>();
  #answered = new Set<string>();
  #interactions = 0;
  #milestones = '';
  #startedAt: number;
  #open = false;

  constructor(found: FoundApi, course: ScormCourse, now = Date.now()) {
    this.#api = found;
    this.version = found.version;
    this.#course = course;
    this.#startedAt = now;
  }

  #get(element: string): string {
    const { api, version } = this.#api;
    return String((version === '1.2' ? api.LMSGetValue(element) : api.GetValue(element)) ?? '');
  }

  #set(element: string, value: string): void {
    if (this.#sent.get(element) === value) return;
    const { api, version } = this.#api;
    const ok = version === '1.2' ? api.LMSSetValue(element, value) : api.SetValue(element, value);
    if (String(ok) === 'true') this.#sent.set(element, value);
  }

  #commit(): void {
    const { api, version } = this.#api;
    if (version === '1.2') api.LMSCommit('');
    else api.Commit('');
  }

  /**
   * Opens the session; returns the progress the LMS kept (null if none) and the lesson to resume at,
   * or null when the LMS refuses the session.
   */
  start(ids: { lessonIds: readonly string[]; questionIds: readonly string[] }): { restored: ProgressData | null; location: string } | null {
    const { api, version } = this.#api;
    const ok = version === '1.2' ? api.LMSInitialize('') : api.Initialize('');
    if (String(ok) !== 'true') return null;
    this.#open = true;
    const suspend = this.#get('cmi.suspend_data');
    const location = this.#get(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location');
    this.#interactions = Number(this.#get('cmi.interactions._count')) || 0;
    // Keeps the learner's data when the session ends, so the next launch resumes rather than starts over.
    this.#set(version === '1.2' ? 'cmi.core.exit' : 'cmi.exit', 'suspend');
    return { restored: suspend ? decodeSuspend(suspend, ids) : null, location };
  }

  /** Marks the answers in `data` as already reported (those from before this session). */
  knownAnswers(data: ProgressData): void {
    for (const [id, list] of Object.entries(data.attempts)) for (const a of list) this.#answered.add(`${id}@${a.at}`);
    this.#milestones = this.#milestone(data);
  }

  #milestone(data: ProgressData): string {
    const completed = this.#course.lessonIds.filter((id) => data.lessons[id]?.completedAt !== undefined).length;
    return `${completed}/${data.exams.length}`;
  }

  /** Reports `data` to the LMS; commits when a lesson was completed or an exam submitted since the last report. */
  report(data: ProgressData, { commit = false } = {}): void {
    if (!this.#open) return;
    for (const [element, value] of Object.entries(scormValues(data, this.#course, this.version))) this.#set(element, value);
    const limit = this.version === '1.2' ? SCORM12_SUSPEND_LIMIT : 64000;
    this.#set('cmi.suspend_data', encodeSuspend(data, limit));
    const fresh = Object.entries(data.attempts)
      .flatMap(([id, list]) => list.map((a) => [id, a] as const))
      .filter(([id, a]) => !this.#answered.has(`${id}@${a.at}`))
      .sort(([, a], [, b]) => a.at - b.at);
    for (const [id, attempt] of fresh) {
      this.#answered.add(`${id}@${attempt.at}`);
      const type = this.#course.questionTypes[id];
      if (!type) continue;
      for (const [element, value] of Object.entries(interactionValues(this.#interactions, id, type, attempt, this.version))) this.#set(element, value);
      this.#interactions++;
    }
    const milestone = this.#milestone(data);
    if (commit || milestone !== this.#milestones) this.#commit();
    this.#milestones = milestone;
  }

  /** Reports `data` a last time with the session's length, commits and terminates; later calls do nothing. */
  finish(data: ProgressData, now = Date.now()): void {
    if (!this.#open) return;
    this.report(data);
    this.#set(this.version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time', sessionTime((now - this.#startedAt) / 1000, this.version));
    this.#commit();
    this.#open = false;
    const { api, version } = this.#api;
    if (version === '1.2') api.LMSFinish('');
    else api.Terminate('');
  }
}
