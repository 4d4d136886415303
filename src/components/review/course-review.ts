import { downloadFile } from '../base/download.ts';
import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { renderNotebook, type ListLabels } from './notebook-list.ts';
import type { CourseDrill } from '../practice/course-drill.ts';
import '../practice/course-drill.ts';
import { notebookChange, notebookRows, notebookTable, type BankData, type NotebookRow } from '../../lib/notebook.ts';
import { dueToday, reviewSchedule } from '../../lib/review.ts';
import { NOTEBOOK_REMOVE_AFTER, setFavourite } from '../../lib/progress/record.ts';
import type { NotebookEntry } from '../../lib/progress/types.ts';
import { toCsv } from '../../lib/csv.ts';
import { localDate, localDateTime } from '../../lib/dates.ts';
import { fill } from '../../lib/template.ts';

type Labels = ListLabels & Record<'due' | 'noneDue' | 'count' | 'countModule' | 'exported' | 'csvFile' | 'drillNotebook' | 'drillDue' | 'removed' | 'streakLeft' | 'kept' | 'added' | 'remaining' | 'dueLeft', string>;

/**
 * The review page: today's due questions (FSRS over the attempt history), the wrong-answer notebook
 * with a module filter and CSV export, and a drill of either list answered with source "review".
 */
class CourseReview extends HTMLElement {
  #bank!: BankData;
  #labels!: Labels;
  #rows: NotebookRow[] = [];
  #drilling: 'notebook' | 'due' | null = null;

  connectedCallback() {
    if (this.#bank) return;
    this.#bank = readPageData<BankData>(this, { questions: {}, lessons: {}, modules: {}, types: {} });
    this.#labels = JSON.parse(this.dataset.labels!);
    this.$('#notebook-module').addEventListener('change', () => this.#render());
    this.$('.export').addEventListener('click', () => this.#export());
    this.$('.start-drill').addEventListener('click', () => this.#drill('notebook', this.#rows.map((r) => r.id)));
    this.$('.start-due').addEventListener('click', () => this.#drill('due', this.#due()));
    this.$('.end-drill').addEventListener('click', () => this.#endDrill());
    this.$('.notebook-list').addEventListener('click', (event) => {
      const star = (event.target as Element).closest<HTMLButtonElement>('.entry-star');
      if (!star) return;
      const on = star.getAttribute('aria-pressed') !== 'true';
      const id = star.closest<HTMLElement>('[data-question-id]')!.dataset.questionId!;
      progress.update((d) => setFavourite(d, id, on, Date.now()));
      star.setAttribute('aria-pressed', String(on));
    });
    this.addEventListener('course:answer', (event) => {
      const id = (event as CustomEvent<{ id: string }>).detail.id;
      const before = progress.read().notebook[id];
      // The layout's recorder, further up, records the answer after this listener: read once it has.
      queueMicrotask(() => this.#answered(before, progress.read().notebook[id]));
    });
    this.#render();
  }

  #due(): string[] {
    const now = Date.now();
    return dueToday(reviewSchedule(progress.read().attempts, now), now).filter((id) => id in this.#bank.questions);
  }

  #render() {
    const data = progress.read();
    const module = this.$<HTMLSelectElement>('#notebook-module').value || undefined;
    const all = notebookRows(data.notebook, this.#bank);
    this.#rows = module ? all.filter((r) => r.module === module) : all;
    this.$('.toolbar').hidden = all.length === 0;
    this.$('.notebook-empty').hidden = all.length > 0;
    this.$('.notebook-count').textContent = all.length === 0 ? '' : module
      ? fill(this.#labels.countModule, { module: this.#bank.modules[module] ?? module, count: this.#rows.length })
      : fill(this.#labels.count, { count: all.length });
    for (const button of this.$$<HTMLButtonElement>('.export, .start-drill')) button.disabled = this.#rows.length === 0;
    renderNotebook(this.$('.notebook-list'), this.$<HTMLTemplateElement>('.entry-template'), this.#rows, this.#labels, data.favourites);
    const due = this.#due().length;
    const dueCount = this.$('.due-count');
    dueCount.textContent = due ? fill(this.#labels.due, { count: due }) : this.#labels.noneDue;
    dueCount.classList.toggle('has-due', due > 0);
    this.$('.start-due').hidden = due === 0;
  }

  #export() {
    const table = notebookTable(this.#rows, JSON.parse(this.dataset.csvHeader!), localDateTime);
    downloadFile(this, fill(this.#labels.csvFile, { date: localDate(Date.now()) }), toCsv(table), 'text/csv;charset=utf-8');
    this.$('.notebook-count').textContent = fill(this.#labels.exported, { count: this.#rows.length });
  }

  #drill(kind: 'notebook' | 'due', ids: string[]) {
    if (ids.length === 0) return;
    this.#drilling = kind;
    this.$('.overview').hidden = true;
    this.$('.drill-area').hidden = false;
    this.$('.drill-title').textContent = kind === 'due' ? this.#labels.drillDue : this.#labels.drillNotebook;
    this.$('.drill-note').textContent = '';
    const items = ids.map((id) => ({ id, lesson: this.#bank.lessons[this.#bank.questions[id]!.lesson] }));
    void this.$<CourseDrill>('course-drill').start(items, 0, true);
  }

  #answered(before: NotebookEntry | undefined, after: NotebookEntry | undefined) {
    this.#render();
    if (!this.#drilling) return;
    const change = notebookChange(before, after, NOTEBOOK_REMOVE_AFTER);
    const labels = this.#labels;
    const said = { removed: labels.removed, added: labels.added, kept: labels.kept, streak: labels.streakLeft, none: '' }[change.kind];
    const left = this.#drilling === 'due'
      ? fill(labels.dueLeft, { count: this.#due().length })
      : fill(labels.remaining, { count: notebookRows(progress.read().notebook, this.#bank).length });
    this.$('.drill-note').textContent = [fill(said, { count: change.kind === 'streak' ? change.left : 0 }), left].filter(Boolean).join(' ');
  }

  #endDrill() {
    const kind = this.#drilling;
    this.#drilling = null;
    this.$('.drill-area').hidden = true;
    this.$('.overview').hidden = false;
    void this.$<CourseDrill>('course-drill').start([]);
    this.#render();
    this.$(kind === 'due' ? '#today-heading' : '#notebook-heading').focus();
  }

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  $$<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }
}

if (!customElements.get('course-review')) customElements.define('course-review', CourseReview);
