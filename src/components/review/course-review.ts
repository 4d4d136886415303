import { CourseElement, defineElement } from '../base/course-element.ts';
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

export type ReviewLabel =
  | keyof ListLabels
  | 'due'
  | 'noneDue'
  | 'count'
  | 'countModule'
  | 'exported'
  | 'csvFile'
  | 'drillNotebook'
  | 'drillDue'
  | 'removed'
  | 'streakLeft'
  | 'kept'
  | 'added'
  | 'remaining'
  | 'dueLeft';

/**
 * The review page: today's due questions (FSRS over the attempt history), the wrong-answer notebook
 * with a module filter and CSV export, and a drill of either list answered with source "review".
 */
class CourseReview extends CourseElement<ReviewLabel> {
  #bank!: BankData;
  #rows: NotebookRow[] = [];
  #drilling: 'notebook' | 'due' | null = null;
  /** The question just answered here and its notebook entry before the answer was recorded. */
  #answer: { id: string; before: NotebookEntry | undefined } | null = null;
  /** True while this page stars or unstars an entry: the list keeps its focus and is not drawn again. */
  #starring = false;

  protected setup() {
    this.#bank = readPageData<BankData>(this, { questions: {}, lessons: {}, modules: {}, types: {} });
    this.$('#notebook-module').addEventListener('change', () => this.#render());
    this.$('.export').addEventListener('click', () => this.#export());
    this.$('.start-drill').addEventListener('click', () =>
      this.#drill(
        'notebook',
        this.#rows.map((r) => r.id),
      ),
    );
    this.$('.start-due').addEventListener('click', () => this.#drill('due', this.#due()));
    this.$('.end-drill').addEventListener('click', () => this.#endDrill());
    this.$('.notebook-list').addEventListener('click', (event) => {
      const star = (event.target as Element).closest<HTMLButtonElement>('.entry-star');
      if (!star) return;
      const on = star.getAttribute('aria-pressed') !== 'true';
      const id = star.closest<HTMLElement>('[data-question-id]')!.dataset.questionId!;
      this.#starring = true;
      progress.update((d) => setFavourite(d, id, on, Date.now()));
      this.#starring = false;
      star.setAttribute('aria-pressed', String(on));
    });
    // The layout's recorder, further up, records the answer after this listener: note the entry as it
    // was, then compare once the store says it changed.
    this.addEventListener('course:answer', (event) => {
      const { id } = event.detail;
      this.#answer = { id, before: progress.read().notebook[id] };
    });
    progress.subscribe((data) => {
      const answer = this.#answer;
      this.#answer = null;
      if (answer) this.#answered(answer.before, data.notebook[answer.id]);
      else if (!this.#starring) this.#render();
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
    this.$('.notebook-count').textContent =
      all.length === 0
        ? ''
        : module
          ? fill(this.label('countModule'), { module: this.#bank.modules[module] ?? module, count: this.#rows.length })
          : fill(this.label('count'), { count: all.length });
    for (const button of this.$$<HTMLButtonElement>('.export, .start-drill')) button.disabled = this.#rows.length === 0;
    renderNotebook(
      this.$('.notebook-list'),
      this.$<HTMLTemplateElement>('.entry-template'),
      this.#rows,
      { lastWrong: this.label('lastWrong'), streak: this.label('streak'), noAnswer: this.label('noAnswer') },
      data.favourites,
    );
    const due = this.#due().length;
    const dueCount = this.$('.due-count');
    dueCount.textContent = due ? fill(this.label('due'), { count: due }) : this.label('noneDue');
    dueCount.classList.toggle('has-due', due > 0);
    this.$('.start-due').hidden = due === 0;
  }

  #export() {
    const table = notebookTable(this.#rows, JSON.parse(this.dataset.csvHeader!) as string[], localDateTime);
    downloadFile(this, fill(this.label('csvFile'), { date: localDate(Date.now()) }), toCsv(table), 'text/csv;charset=utf-8');
    this.$('.notebook-count').textContent = fill(this.label('exported'), { count: this.#rows.length });
  }

  #drill(kind: 'notebook' | 'due', ids: string[]) {
    if (ids.length === 0) return;
    this.#drilling = kind;
    this.$('.overview').hidden = true;
    this.$('.drill-area').hidden = false;
    this.$('.drill-title').textContent = kind === 'due' ? this.label('drillDue') : this.label('drillNotebook');
    this.$('.drill-note').textContent = '';
    const items = ids.map((id) => ({ id, lesson: this.#bank.lessons[this.#bank.questions[id]!.lesson] }));
    void this.$<CourseDrill>('course-drill').start(items, 0, true);
  }

  #answered(before: NotebookEntry | undefined, after: NotebookEntry | undefined) {
    this.#render();
    if (!this.#drilling) return;
    const change = notebookChange(before, after, NOTEBOOK_REMOVE_AFTER);
    const said = { removed: this.label('removed'), added: this.label('added'), kept: this.label('kept'), streak: this.label('streakLeft'), none: '' }[change.kind];
    const left =
      this.#drilling === 'due'
        ? fill(this.label('dueLeft'), { count: this.#due().length })
        : fill(this.label('remaining'), { count: notebookRows(progress.read().notebook, this.#bank).length });
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
}

defineElement('course-review', CourseReview);
