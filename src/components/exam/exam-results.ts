import { CourseElement, defineElement } from '../base/course-element.ts';
import { urls } from '../../utils/url.ts';
import { shownBy, type ReviewFilter } from '../../lib/exam.ts';
import { moduleRows } from '../../lib/exam-report.ts';
import { formatPoints, fraction, percentOf } from '../../lib/rounding.ts';
import { fill } from '../../lib/template.ts';
import type { ExamRecord } from '../../lib/progress/types.ts';
import { isFlagged, type Item, type Paper } from './exam-items.ts';

export type ExamResultsLabel = 'passed' | 'failed' | 'score' | 'objective' | 'blankCount' | 'pendingText' | 'filterCount' | 'reopened' | 'reopenedOld' | 'reopenedPending';

/**
 * The results of a submitted exam: the objective score at once, what waits for self-assessment,
 * then the verdict, the points per module (adding up to the total), what to do next, and the
 * review filters (全部 / 只看错题 / 只看未答 / 已标记).
 */
class ExamResults extends CourseElement<ExamResultsLabel> {
  #items: readonly Item[] = [];
  /** What the note of a reopened exam says once its self-assessment is done; undefined when it has no such note. */
  #assessedNote: string | undefined;
  /** Called after the filter changed which questions show. */
  onFilter?: () => void;

  protected setup() {
    this.$('.filters').addEventListener('change', () => this.filter());
    this.$('.first-case').addEventListener('click', (event) => {
      event.preventDefault();
      const item = this.#items.find((i) => i.outcome === 'pending');
      if (item) this.emit('course:exam-goto', { number: item.number });
    });
  }

  /** Shows the results section for `items`, with the objective score and the blanks. */
  open(items: readonly Item[], reopenedAt?: number, withAnswers = true) {
    const waiting = items.some((i) => i.outcome === 'pending');
    this.#items = items;
    const objective = items.filter((i) => !i.isCase);
    const got = objective.reduce((sum, i) => sum + (i.answer?.score ?? 0) * i.points, 0);
    const max = objective.reduce((sum, i) => sum + i.points, 0);
    this.$('.objective-score').textContent = max ? fill(this.label('objective'), fraction(got, max)) : '';
    const blank = items.filter((i) => i.outcome === 'blank').length;
    this.$('.blank-count').textContent = blank ? fill(this.label('blankCount'), { count: blank }) : '';
    const note = this.$('.reopened');
    note.hidden = reopenedAt === undefined;
    const date = reopenedAt === undefined ? '' : new Date(reopenedAt).toLocaleString('zh-CN', { dateStyle: 'long', timeStyle: 'short' });
    note.textContent = reopenedAt === undefined ? '' : fill(this.label(!withAnswers ? 'reopenedOld' : waiting ? 'reopenedPending' : 'reopened'), { date });
    this.#assessedNote = reopenedAt !== undefined && withAnswers && waiting ? fill(this.label('reopened'), { date }) : undefined;
    this.hidden = false;
    this.$('#exam-results-title').focus();
  }

  /** The case questions waiting for self-assessment, or none. */
  pending(items: readonly Item[]) {
    const box = this.$('.pending-box');
    box.hidden = !items.length;
    if (!items.length) return;
    this.$('.pending-text').textContent = fill(this.label('pendingText'), { count: items.length, points: formatPoints(items.reduce((sum, i) => sum + i.points, 0)) });
    this.$<HTMLAnchorElement>('.first-case').href = `#${items[0]!.el.id}`;
  }

  /** The verdict, the points per module and the next steps; the certificate only for a passed full paper. */
  final(record: ExamRecord, paper: Paper, modules: readonly { id: string; title: string }[], paperParam: string | undefined) {
    const word = this.$('.verdict-word');
    word.textContent = record.passed ? this.label('passed') : this.label('failed');
    word.className = `verdict-word ${record.passed ? 'is-passed' : 'is-failed'}`;
    this.$('.verdict-score').textContent = fill(this.label('score'), { ...fraction(record.points!, record.maxPoints!), pass: percentOf(record.passMark) });
    this.$('.verdict-paper').textContent = paper.title;
    this.$('.by-module tbody').replaceChildren(
      ...moduleRows(record.byModule, modules).map((row) => {
        const tr = document.createElement('tr');
        const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: row.title });
        const cells = [`${row.points} / ${formatPoints(row.total)}`, `${row.percent}%`].map((text) => Object.assign(document.createElement('td'), { textContent: text }));
        tr.append(th, ...cells);
        return tr;
      }),
    );
    this.$<HTMLAnchorElement>('.retake').href = urls.exam(record.seed, paperParam);
    this.$<HTMLAnchorElement>('.new-paper').href = urls.exam(undefined, paperParam);
    this.$<HTMLAnchorElement>('.certificate').href = urls.certificate(record.id);
    this.$('.certificate-item').hidden = !(record.passed && paper.full);
    this.$('.pending-box').hidden = true;
    // A reopened exam that was waiting for self-assessment is now final, and only to be viewed.
    if (this.#assessedNote) this.$('.reopened').textContent = this.#assessedNote;
    this.$('.final').hidden = false;
  }

  /** The review filter: 全部 / 只看错题 / 只看未答 / 已标记. */
  filter() {
    const filter = (this.$maybe<HTMLInputElement>('input[name="exam-filter"]:checked')?.value ?? 'all') as ReviewFilter;
    let shown = 0;
    for (const item of this.#items) {
      const show = shownBy(filter, item.outcome ?? 'pending', isFlagged(item));
      item.el.hidden = !show;
      item.link.parentElement!.hidden = !show;
      if (show) shown += 1;
    }
    this.onFilter?.();
    this.$('.filter-count').textContent = fill(this.label('filterCount'), { shown, total: this.#items.length });
  }
}

defineElement('exam-results', ExamResults);
export type { ExamResults };
