import './course-file-drop.ts';
import './course-team-lrs.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { downloadFile } from '../base/download.ts';
import { localDate } from '../../lib/dates.ts';
import type { DroppedFile, TeamReport } from '../../lib/team-report.ts';
import { fill } from '../../lib/template.ts';
import type { TeamData, TeamLabel } from './team-labels.ts';

/** Reading the files and drawing the report load with the first files: the empty page needs neither. */
const reportCode = () => Promise.all([import('../../lib/team-report.ts'), import('./report-table.ts')]);

/** The same file again: the same text (under any name or folder), or, for files that could not be read, the same name and size. */
const sameFile = (a: DroppedFile, b: DroppedFile) => (a.text || b.text ? a.text === b.text : a.name === b.name && a.bytes === b.bytes);

/**
 * The team report (TeamReport.astro): takes the files its `course-file-drop` reads, builds the report
 * with teamReportFromFiles(), shows it (report-table.ts) and exports it (report-export.ts).
 */
class CourseTeamReport extends CourseElement<TeamLabel> {
  #data!: TeamData;
  #files: DroppedFile[] = [];
  #report?: TeamReport;
  #words = (key: TeamLabel) => this.label(key);

  setup() {
    this.#data = JSON.parse(this.$('.team-data').textContent) as TeamData;
    this.addEventListener('course:files-reading', (event) => this.#status(fill(this.label('reading'), { count: event.detail.count })));
    this.addEventListener('course:files', (event) => void this.#add(event.detail.files));
    // Learner records read from an LRS (TeamLrs.astro) arrive as files too.
    this.addEventListener('course:team-files', (event) => void this.#add(event.detail.files));
    this.$('.clear').addEventListener('click', () => {
      this.#files = [];
      this.#report = undefined;
      this.$('.clear').hidden = true;
      this.$('.notices').hidden = true;
      this.$('.report').hidden = true;
      this.#status(this.label('cleared'));
    });
    this.$('.export-csv').addEventListener('click', () => void this.#exportCsv());
    this.$('.export-excel').addEventListener('click', () => void this.#exportExcel());
  }

  #status(text: string) {
    this.$('.team-status').textContent = text;
  }

  async #add(files: DroppedFile[]) {
    const [{ teamReportFromFiles }, table] = await reportCode();
    const repeated: string[] = [];
    for (const file of files) {
      // The same file given twice (picked again, or in a folder too) is read once. Two files of the same
      // name are two files: learners of the same name send the same file name on the same day.
      if (this.#files.some((f) => sameFile(f, file))) repeated.push(file.name);
      else this.#files.push(file);
    }
    this.#report = teamReportFromFiles(this.#files, { lessons: this.#data.lessons, papers: this.#data.papers, questions: new Set(Object.keys(this.#data.questions)) });
    this.#render(this.#report, table);
    const skipped = this.#report.notices.filter((n) => n.code === 'notProgress' || n.code === 'unreadable').length;
    this.#status(
      [
        fill(this.label('summary'), { files: this.#files.length - skipped, learners: this.#report.learners.length }),
        skipped ? fill(this.label('skipped'), { count: skipped }) : '',
        ...repeated.map((file) => fill(this.label('duplicate'), { file })),
      ].join(''),
    );
  }

  #render(report: TeamReport, table: Awaited<ReturnType<typeof reportCode>>[1]) {
    this.$('.clear').hidden = false;
    this.$('.notices').hidden = !report.notices.length;
    table.renderNotices(this.$('.notice-list'), report.notices, this.#words);
    this.$('.report').hidden = !report.learners.length;
    table.renderLearners(this.$<HTMLTableElement>('table.learners'), report.learners, table.learnerColumns(this.#words, this.#data.lessons.length), this.#words);
    table.renderLessons(this, report, this.#words);
    this.$('.hardest-none').hidden = report.hardest.length > 0;
    table.renderHardest(this.$('.hardest'), report, this.#data, this.#words);
  }

  #download(content: string | Blob, extension: string, type: string) {
    const file = `${this.label('fileName')}-${localDate(Date.now())}.${extension}`;
    downloadFile(this, file, content, type);
    this.$('.export-status').textContent = fill(this.label('exported'), { file });
    this.$('.export-error').textContent = '';
  }

  // The exports load when asked for (report-export.ts; the workbook library only for Excel), keeping the page light.
  async #exportCsv() {
    if (!this.#report) return;
    const { reportCsv } = await import('./report-export.ts');
    this.#download(reportCsv(this.#report, this.#data, this.#words), 'csv', 'text/csv;charset=utf-8');
  }

  async #exportExcel() {
    if (!this.#report) return;
    const status = this.$('.export-status');
    status.textContent = this.label('preparing');
    try {
      const { reportWorkbook } = await import('./report-export.ts');
      const blob = await reportWorkbook(this.#report, this.#data, this.#words);
      this.#download(blob, 'xlsx', blob.type);
    } catch (error) {
      status.textContent = '';
      this.$('.export-error').textContent = fill(this.label('exportFailed'), { error: (error as Error).message });
    }
  }
}

defineElement('course-team-report', CourseTeamReport);
