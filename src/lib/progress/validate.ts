import { isLearnerId } from './learner-id.ts';
import { MAX_RESPONSE_LENGTH, PROGRESS_VERSION, type ProgressData } from './types.ts';

// Hand-written checks rather than a schema library: this runs on every lesson page, within a 3 KB budget.

/** Whether `value` is a plain object (not null, not a list). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type Rule = [clean: (value: unknown) => unknown, problem: string];

// `undefined` means invalid: no valid value is undefined.
const number = (min: number, max: number) => (v: unknown) => (typeof v === 'number' && v >= min && v <= max ? v : undefined);
const is = (type: string) => (v: unknown) => (typeof v === type ? v : undefined);
const SOURCES = ['lesson', 'practice', 'exam', 'review'];
const MODULE = 'score:count total:count';

const RULES: Record<string, Rule> = {
  time: [number(0, 2 ** 53), 'must be a time in milliseconds'],
  count: [number(0, 2 ** 53), 'must be a number not below 0'],
  unit: [number(0, 1), 'must be a number between 0 and 1'],
  int: [(v) => (Number.isSafeInteger(v) ? v : undefined), 'must be a whole number'],
  bool: [is('boolean'), 'must be true or false'],
  text: [is('string'), 'must be text'],
  id: [(v) => (v === '' || isLearnerId(v) ? v : undefined), 'must be an id'],
  answer: [(v) => (typeof v === 'string' && v.length <= 200 ? v : undefined), 'must be text of at most 200 characters'],
  response: [
    (v) => (isRecord(v) && typeof v.type === 'string' && JSON.stringify(v).length <= MAX_RESPONSE_LENGTH ? structuredClone(v) : undefined),
    `must be an answer naming its question type, at most ${MAX_RESPONSE_LENGTH} characters`,
  ],
  source: [(v) => (SOURCES.includes(v as string) ? v : undefined), `must be one of ${SOURCES.join(', ')}`],
  ids: [(v) => (Array.isArray(v) && v.every((id) => typeof id === 'string') ? [...v] : undefined), 'must be a list of question ids'],
  answers: [
    (v) => (isRecord(v) && Object.entries(v).every(([id, a]) => id !== '__proto__' && isRecord(a) && typeof a.type === 'string') ? structuredClone(v) : undefined),
    'must give each question an answer object with its type',
  ],
  modules: [
    (v) => {
      if (!isRecord(v)) return undefined;
      const pairs = Object.entries(v).map(([id, m]) => [id, pick(m, MODULE)] as const);
      return pairs.every(([, m]) => isRecord(m)) ? Object.fromEntries(pairs) : undefined;
    },
    'must give each module a score and a total',
  ],
};

const LESSON = 'firstVisit:time lastVisit:time completedAt:time? seconds:count';
const ATTEMPT = 'at:time correct:bool score:unit source:source answer:answer? response:response?';
const EXAM = 'id:text seed:int startedAt:time submittedAt:time score:unit passed:bool passMark:unit questionIds:ids byModule:modules';
const NOTE = 'addedAt:time lastWrongAt:time streak:count answer:answer?';
const EXAM_EXTRA = ' paper:text? points:count? maxPoints:count? answered:count? unanswered:count? pending:count? responses:answers? flags:ids?';
const SESSION = 'paper:text seed:int startedAt:time left:count? answers:answers flags:ids savedAt:time';

/** A copy of the fields listed in `spec` ("name:rule", "rule?" when optional), or what is wrong. */
function pick<T>(value: unknown, spec: string): T | string {
  if (!isRecord(value)) return 'must be an object';
  const out: Record<string, unknown> = {};
  for (const field of spec.split(' ')) {
    const [name, rule] = field.split(':') as [string, string];
    if (rule.endsWith('?') && value[name] === undefined) continue;
    const [clean, problem] = RULES[rule.replace('?', '')]!;
    if ((out[name] = clean(value[name])) === undefined) return `${name} ${problem}`;
  }
  return out as T;
}

/** Progress with nothing in it yet; `learnerId` is the new learner's id ('' in progress only being read). */
export function emptyProgress(now: number, learnerId = ''): ProgressData {
  return {
    version: PROGRESS_VERSION,
    learnerName: '',
    learnerId,
    staffId: '',
    lessons: {},
    attempts: {},
    exams: [],
    notebook: {},
    practice: {},
    favourites: {},
    pathSteps: {},
    updatedAt: now,
  };
}

/**
 * Checks progress read from storage or a file. Keeps every valid part and drops each invalid
 * lesson, attempt, exam, notebook entry or practice position on its own, saying why in `dropped`.
 */
export function validateProgress(raw: unknown): { data: ProgressData; dropped: string[] } {
  const data = emptyProgress(0);
  const dropped: string[] = [];
  if (!isRecord(raw)) return { data, dropped: [`progress data must be an object, not ${Array.isArray(raw) ? 'a list' : raw === null ? 'null' : typeof raw}`] };
  if (raw.version !== PROGRESS_VERSION) dropped.push(`version must be ${PROGRESS_VERSION}`);
  const keep = <T>(value: unknown, path: string, spec: string, add: (item: T) => unknown) => {
    const item = pick<T>(value, spec);
    if (typeof item === 'string') dropped.push(path + item);
    else add(item);
  };
  keep<{ learnerName: string }>(raw, '', 'learnerName:text', (v) => Object.assign(data, v));
  // Files exported before learners had ids have none: that is not damage, so nothing is reported.
  keep<{ learnerId?: string; staffId?: string }>(raw, '', 'learnerId:id? staffId:text?', (v) => Object.assign(data, v));
  keep<{ updatedAt: number }>(raw, '', 'updatedAt:time', (v) => Object.assign(data, v));
  keep<{ exportedAt?: number }>(raw, '', 'exportedAt:time?', (v) => Object.assign(data, v));
  const each = (name: keyof ProgressData, visit: (value: unknown, path: string, id: string) => void) => {
    const list = name === 'exams';
    const items = raw[name];
    if (!(list ? Array.isArray(items) : isRecord(items))) return dropped.push(`${name} must be ${list ? 'a list' : 'an object'}`);
    for (const [id, value] of Object.entries(items as object)) {
      const path = `${name}[${list ? id : JSON.stringify(id)}]: `;
      // Assigning to "__proto__" would replace the prototype instead of adding an entry.
      if (id === '__proto__') dropped.push(path + 'is not a usable id');
      else visit(value, path, id);
    }
  };
  each('lessons', (v, path, id) => keep(v, path, LESSON, (l: ProgressData['lessons'][string]) => (data.lessons[id] = l)));
  each('attempts', (v, path, id) => {
    if (!Array.isArray(v)) return dropped.push(path + 'must be a list');
    const kept: ProgressData['attempts'][string] = (data.attempts[id] = []);
    v.forEach((a, i) => keep(a, `${path.slice(0, -2)}[${i}]: `, ATTEMPT, (x: (typeof kept)[number]) => kept.push(x)));
  });
  each('exams', (v, path) => keep(v, path, EXAM + EXAM_EXTRA, (e: ProgressData['exams'][number]) => data.exams.push(e)));
  each('notebook', (v, path, id) => keep(v, path, NOTE, (n: ProgressData['notebook'][string]) => (data.notebook[id] = n)));
  each('practice', (v, path, id) => keep({ position: v }, path, 'position:count', (p: { position: number }) => (data.practice[id] = p.position)));
  each('favourites', (v, path, id) => keep({ at: v }, path, 'at:time', (f: { at: number }) => (data.favourites[id] = f.at)));
  each('pathSteps', (v, path, id) => keep({ at: v }, path, 'at:time', (f: { at: number }) => (data.pathSteps[id] = f.at)));
  if (raw.path !== undefined) keep(raw.path, 'path: ', 'id:text since:time link:text?', (p: NonNullable<ProgressData['path']>) => (data.path = p));
  if (raw.examSession !== undefined) keep(raw.examSession, 'examSession: ', SESSION, (s: NonNullable<ProgressData['examSession']>) => (data.examSession = s));
  return { data, dropped };
}
