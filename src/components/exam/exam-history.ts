import { CourseElement, defineElement } from '../base/course-element.ts';
import { urls } from '../../utils/url.ts';
import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { paperHistory } from '../../lib/exam-history.ts';
import { fill } from '../../lib/template.ts';
import type { ExamData } from './exam-items.ts';

export type ExamHistoryLabel = 'caption' | 'percent' | 'passed' | 'failed' | 'pending' | 'open' | 'certificate' | 'passLine' | 'openLabel';

/** 考试记录 per paper: each attempt with its score against that paper's own pass line, reopened read-only from here. */
class ExamHistory extends CourseElement<ExamHistoryLabel> {
  protected setup() {
    const { papers } = readPageData<ExamData>(this.closest('course-exam') ?? this, { papers: [], questions: [], modules: [] });
    const history = paperHistory(progress.read().exams, papers);
    // Loaded when idle: by then a paper may be under way, and the history stays out of its way.
    this.hidden = !history.length || this.closest('course-exam')?.querySelector('.paper:not([hidden])') != null;
    const template = this.$<HTMLTemplateElement>('template');
    this.$('.history-papers').replaceChildren(
      ...history.map((paper) => {
        const table = (template.content.cloneNode(true) as DocumentFragment).querySelector('table')!;
        table.caption!.textContent = fill(this.label('caption'), { paper: paper.title, pass: paper.passPercent });
        table.tBodies[0]!.replaceChildren(
          ...paper.rows.map((row) => {
            const tr = document.createElement('tr');
            const cell = (...content: (string | Node)[]) => tr.insertCell().append(...content);
            const link = (href: string, text: string, label?: string) => {
              const a = Object.assign(document.createElement('a'), { href, textContent: text });
              if (label) a.setAttribute('aria-label', label);
              return a;
            };
            const date = new Date(row.submittedAt).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' });
            cell(date);
            cell(
              fill(this.label('percent'), { percent: row.percent }),
              ' ',
              Object.assign(document.createElement('span'), { className: 'muted', textContent: fill(this.label('passLine'), { pass: row.passPercent }) }),
            );
            cell(row.pending ? this.label('pending') : row.passed ? this.label('passed') : this.label('failed'));
            cell(
              link(urls.examAttempt(row.id), this.label('open'), fill(this.label('openLabel'), { paper: paper.title, date })),
              ...(row.certificate ? [' · ', link(urls.certificate(row.id), this.label('certificate'))] : []),
            );
            return tr;
          }),
        );
        return table;
      }),
    );
  }
}

defineElement('exam-history', ExamHistory);
