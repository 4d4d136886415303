import { progress } from './progress-client.ts';
import { readPageData } from '../page-data.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { dailyActivity, examSeries, moduleStats, type ModuleShape } from '../../lib/progress/charts.ts';
import { fill } from '../../lib/template.ts';
import type { ProgressData } from '../../lib/progress/types.ts';

type Labels = 'done' | 'percent' | 'noAnswers' | 'activitySummary' | 'activityNone' | 'today' | 'daysAgo' | 'examsSummary' | 'examsNone' | 'passMark' | 'passed' | 'failed';

const el = (tag: string, className = '', text = '') => Object.assign(document.createElement(tag), { className, textContent: text });

/** Sizes the progress page's bars from stored progress and writes each chart's numbers as text. */
class CourseProgressCharts extends CourseElement<Labels> {
  #modules: ModuleShape[] = [];

  protected setup() {
    this.#modules = readPageData<ModuleShape[]>(this, []);
    progress.subscribe((data) => this.#render(data));
    this.#render(progress.read());
  }

  #render(data: ProgressData) {
    this.#renderModules(data);
    this.#renderActivity(data);
    this.#renderExams(data);
  }

  #renderModules(data: ProgressData) {
    for (const stats of moduleStats(data, this.#modules)) {
      const row = this.$maybe(`[data-chart-module="${stats.id}"]`);
      if (!row) continue;
      const set = (measure: string, share: number, text: string) => {
        const fillBar = row.querySelector<HTMLElement>(`[data-measure="${measure}"] .fill`)!;
        fillBar.style.width = `${Math.round(share * 100)}%`;
        fillBar.classList.toggle('empty', share === 0);
        row.querySelector(`[data-measure="${measure}"] .value`)!.textContent = text;
      };
      set('completion', stats.total ? stats.done / stats.total : 0, fill(this.label('done'), { done: stats.done, total: stats.total }));
      const accuracy = stats.accuracy;
      set('accuracy', accuracy ?? 0, accuracy === null ? this.label('noAnswers') : fill(this.label('percent'), { percent: Math.round(accuracy * 100) }));
    }
  }

  #renderActivity(data: ProgressData) {
    const days = Number(this.dataset.days);
    const activity = dailyActivity(data, Date.now(), days);
    const most = Math.max(1, ...activity.map((d) => d.answers + d.lessons));
    this.$('.day-bars').replaceChildren(
      ...activity.map((day, i) => {
        const bar = el('span', [day.answers + day.lessons ? '' : 'idle', i === days - 1 ? 'today' : ''].join(' ').trim());
        bar.style.height = `${Math.round(((day.answers + day.lessons) / most) * 100)}%`;
        return bar;
      }),
    );
    this.$('.axis-start').textContent = fill(this.label('daysAgo'), { days: days - 1 });
    this.$('.axis-end').textContent = this.label('today');
    const active = activity.filter((d) => d.answers + d.lessons > 0);
    const sum = (key: 'answers' | 'lessons') => active.reduce((n, d) => n + d[key], 0);
    this.$('.activity-summary').textContent = active.length
      ? fill(this.label('activitySummary'), { days, active: active.length, answers: sum('answers'), lessons: sum('lessons') })
      : fill(this.label('activityNone'), { days });
    this.$('.activity-details').hidden = !active.length;
    this.$('.activity-details tbody').replaceChildren(
      ...active.reverse().map((d) => {
        const row = document.createElement('tr');
        row.append(el('td', '', d.date), el('td', '', String(d.answers)), el('td', '', String(d.lessons)));
        return row;
      }),
    );
  }

  #renderExams(data: ProgressData) {
    const papers = JSON.parse(this.dataset.papers ?? '[]') as { id: string; title: string }[];
    const series = examSeries(data.exams, Number(this.dataset.exams), papers);
    const plot = this.$('.exam-plot');
    plot.hidden = !series.length;
    if (!series.length) {
      this.$('.exams-summary').textContent = this.label('examsNone');
      return;
    }
    const passMark = series.at(-1)!.passMark;
    const paper = papers.find((p) => p.id === series.at(-1)!.paper)?.title ?? '';
    this.$('.exams-summary').textContent = fill(this.label('examsSummary'), { paper, count: series.length, scores: series.map((e) => `${e.percent}%`).join('、'), passMark });
    const line = this.$('.pass-line');
    line.style.bottom = `calc((100% - 3.5rem) * ${passMark / 100})`;
    this.$('.pass-label').textContent = fill(this.label('passMark'), { percent: passMark });
    this.$('.exam-bars').replaceChildren(
      ...series.map((exam) => {
        const column = el('div', `exam-bar ${exam.passed ? 'passed' : 'failed'}`);
        const bar = el('span');
        // The labels above the bar take up to 3.5rem of the plot's height.
        bar.style.height = `calc((100% - 3.5rem) * ${exam.percent / 100})`;
        column.append(el('span', '', `${exam.percent}%`), el('span', '', exam.passed ? '✓' : '✗'), bar);
        return column;
      }),
    );
  }
}

defineElement('course-progress-charts', CourseProgressCharts);
