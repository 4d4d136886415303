/**
 * The team report on the page: the learner table, built from a list of columns (header and cell per
 * column, not column numbers), completion per lesson, the hardest questions and the notices. Every text
 * goes in with textContent, so a name like "<img onerror=…>" is shown as the text it is.
 */
import { localDateTime } from '../../lib/dates.ts';
import { describeSkipped } from '../../lib/progress/transfer.ts';
import { learnerLabel, type LearnerRow, type TeamNotice, type TeamReport } from '../../lib/team-report.ts';
import { fill } from '../../lib/template.ts';
import { urls } from '../../utils/url.ts';
import type { TeamData, TeamLabel, Words } from './team-labels.ts';

interface Cell {
  text: string;
  className?: string;
  /** A smaller line under the text (the paper of a best exam). */
  note?: string;
}

/** One column of the learner table: its header and how a learner's cell reads. */
interface Column {
  header: TeamLabel;
  cell: (row: LearnerRow) => Cell;
}

/** The learner table's columns; the first names the row. */
export function learnerColumns(words: Words, totalLessons: number): Column[] {
  return [
    { header: 'col.name', cell: (l) => ({ text: learnerLabel(l, words('withStaffId')) }) },
    { header: 'col.completed', cell: (l) => ({ text: `${l.completed} / ${totalLessons}` }) },
    { header: 'col.last', cell: (l) => ({ text: l.lastActivity === null ? '—' : localDateTime(l.lastActivity) }) },
    { header: 'col.exam', cell: (l) => (l.bestExam ? { text: `${Math.round(l.bestExam.score * 100)}%`, note: l.bestExam.paper } : { text: words('notTaken') }) },
    {
      header: 'col.passed',
      cell: (l) => (l.bestExam ? { text: words(l.bestExam.passed ? 'passed' : 'failed'), className: l.bestExam.passed ? 'passed' : 'failed' } : { text: '—' }),
    },
    { header: 'col.learnerId', cell: (l) => (l.id ? { text: l.id, className: 'learner-id' } : { text: words('noId'), className: 'no-id' }) },
  ];
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string) => {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** Fills the learner table's header and body from `columns`. */
export function renderLearners(table: HTMLTableElement, learners: readonly LearnerRow[], columns: readonly Column[], words: Words): void {
  const head = document.createElement('tr');
  head.append(...columns.map((column) => Object.assign(element('th', words(column.header)), { scope: 'col' })));
  table.tHead!.replaceChildren(head);
  table.tBodies[0]!.replaceChildren(
    ...learners.map((learner) => {
      const row = document.createElement('tr');
      columns.forEach((column, i) => {
        const { text, className, note } = column.cell(learner);
        const cell = element(i === 0 ? 'th' : 'td', text, className);
        if (note) cell.append(element('span', note, 'cell-note'));
        if (i === 0) cell.setAttribute('scope', 'row');
        row.append(cell);
      });
      return row;
    }),
  );
}

/** How a notice reads: the file it is about (or "同名学员"), and what happened. */
function noticeText(notice: TeamNotice, words: Words): { about: string; message: string } {
  const about = notice.source || words('notice.sameName');
  switch (notice.code) {
    case 'notProgress':
      return { about, message: words('notice.notProgress') };
    case 'unreadable': {
      // Why, in the same words as on the learner's progress page (progressFile.<code>).
      const { code, ...values } = notice.error;
      return { about, message: fill(words('notice.unreadable'), { error: fill(words(`file.${code}`), values) }) };
    }
    case 'dropped':
      return {
        about,
        message: fill(words('notice.dropped'), {
          count: notice.reasons.length,
          list: describeSkipped(notice.reasons, (key, values) => fill(words(`file.${key}` as TeamLabel), values)),
        }),
      };
    case 'noName':
      return { about, message: fill(words('notice.noName'), { name: notice.name }) };
    case 'noId':
      return { about, message: words('notice.noId') };
    case 'merged':
      return { about, message: fill(words('notice.merged'), { into: notice.into, name: notice.name, id: notice.id }) };
    case 'namesakes': {
      const learners = notice.learners.map(({ label, id }) =>
        fill(words(id ? 'notice.namesake' : 'notice.namesakeNoId'), { label: learnerLabel(label, words('withStaffId')), id }),
      );
      return { about, message: fill(words('notice.namesakes'), { count: notice.learners.length, name: notice.name, learners: learners.join('；') }) };
    }
  }
}

/** The notices as list items. */
export function renderNotices(list: HTMLElement, notices: readonly TeamNotice[], words: Words): void {
  list.replaceChildren(
    ...notices.map((notice) => {
      const { about, message } = noticeText(notice, words);
      const item = document.createElement('li');
      item.append(element('strong', about), `：${message}`);
      return item;
    }),
  );
}

/** Completion per lesson, in the rows the page rendered for each lesson. */
export function renderLessons(host: HTMLElement, report: TeamReport, words: Words): void {
  const learners = report.learners.length;
  for (const lesson of report.lessons) {
    const row = host.querySelector(`tr[data-lesson="${CSS.escape(lesson.id)}"]`)!;
    row.querySelector('.done-text')!.textContent = fill(words('lessonDone'), { done: lesson.completed, total: learners });
    Object.assign(row.querySelector('progress')!, { max: Math.max(learners, 1), value: lesson.completed });
  }
}

/** A question's short stem, its lesson's title and its address, from the page's data. */
export function describeQuestion(data: TeamData, id: string, words: Words): { stem: string; lesson: string; href?: string } {
  const [stem, lesson] = data.questions[id] ?? [words('unknownQuestion'), -1];
  const entry = data.lessons[lesson];
  return { stem, lesson: entry?.title ?? '', ...(entry ? { href: urls.question(entry.id, id) } : {}) };
}

/** The questions most often got wrong, each linking to its page. */
export function renderHardest(list: HTMLElement, report: TeamReport, data: TeamData, words: Words): void {
  list.replaceChildren(
    ...report.hardest.map((q) => {
      const { stem, lesson, href } = describeQuestion(data, q.id, words);
      const item = document.createElement('li');
      // In a new tab: the report lives only in this page, and coming back would find it empty.
      const link = href ? Object.assign(element('a', stem), { href, target: '_blank' }) : element('span', stem);
      const meta = fill(words('hardestMeta'), { lesson, answered: q.learnersAnswered, wrong: q.learnersWrong, wrongTimes: q.wrong, attempts: q.attempts });
      item.append(link, element('span', meta, 'meta'));
      return item;
    }),
  );
}
