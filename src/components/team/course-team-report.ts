import { CourseElement, defineElement } from '../base/course-element.ts';
import { downloadFile } from '../base/download.ts';
import { toCsv } from '../../lib/csv.ts';
import { localDate, localDateTime } from '../../lib/dates.ts';
import { buildTeamReport, learnerTable, noticeText, type DroppedFile, type NoticeLabel, type TeamReport } from '../../lib/team-report.ts';
import { MAX_PROGRESS_FILE_BYTES } from '../../lib/progress/transfer.ts';
import { fill } from '../../lib/template.ts';
import { urls } from '../../utils/url.ts';
import type { ReportSheet } from './team-workbook.ts';

/** What the page puts in its JSON script. */
export interface TeamData {
  lessons: { id: string; title: string }[];
  /** Question id → [short stem, index of its lesson in `lessons`]. */
  questions: Record<string, [string, number]>;
}

export type TeamLabel =
  | 'reading' | 'summary' | 'empty' | 'cleared' | 'notTaken' | 'passed' | 'failed' | 'preparing' | 'exported' | 'exportFailed' | 'fileName' | 'lessonDone'
  | 'hardestMeta' | 'unknownQuestion' | 'sheetLessons' | 'sheetHardest' | 'sheetLearners' | 'readFailed' | 'col.name' | 'col.completed' | 'col.last'
  | 'col.exam' | 'col.passed' | 'col.file' | 'col.lesson' | 'col.done' | 'col.question' | 'col.learnersWrong' | 'col.wrongRate' | NoticeLabel;

/**
 * The team report page: reads the progress files the trainer drops or picks (a folder too), builds
 * the report with buildTeamReport(), and writes it into the server-rendered tables with textContent
 * only, so a name like "<img onerror=…>" is shown as the text it is. Exports CSV, and Excel through
 * a workbook library loaded only when asked for.
 */
class CourseTeamReport extends CourseElement<TeamLabel> {
  #data!: TeamData;
  #files: DroppedFile[] = [];
  #report?: TeamReport;

  setup() {
    this.#data = JSON.parse(this.$('.team-data').textContent);
    const drop = this.$('.drop');
    for (const input of this.$$<HTMLInputElement>('input[type=file]')) {
      input.addEventListener('change', () => {
        const folder = input.classList.contains('pick-folder');
        const files = [...(input.files ?? [])].filter((f) => !folder || /\.json$/i.test(f.name));
        void this.#add(files.map((file) => ({ file, path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name })));
        input.value = '';
      });
    }
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      void this.#dropped(event.dataTransfer);
    });
    this.$('.clear').addEventListener('click', () => {
      this.#files = [];
      this.#report = undefined;
      this.#render();
      this.$('.team-status').textContent = this.label('cleared');
    });
    this.$('.export-csv').addEventListener('click', () => this.#exportCsv());
    this.addEventListener('course:team-files', (event) => this.#addRecords(event.detail.files));
    this.$('.export-excel').addEventListener('click', () => void this.#exportExcel());
  }

  /** Files and folders dropped: folders are walked for .json files. */
  async #dropped(transfer: DataTransfer | null) {
    if (!transfer) return;
    const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => Boolean(e));
    if (entries.length === 0) return this.#add([...transfer.files].map((file) => ({ file, path: file.name })));
    const found: { file: File; path: string }[] = [];
    const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
      if (entry.isFile) {
        if (inFolder && !/\.json$/i.test(entry.name)) return;
        const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
        found.push({ file, path: entry.fullPath.replace(/^\//, '') });
        return;
      }
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, true);
      }
    };
    for (const entry of entries) await walk(entry, false);
    await this.#add(found);
  }

  async #add(files: { file: File; path: string }[]) {
    if (files.length === 0) return;
    this.$('.team-status').textContent = fill(this.label('reading'), { count: files.length });
    for (const { file, path } of files) {
      let text: string;
      try {
        // A file too large is not read: the report says so, with the limit.
        text = file.size > MAX_PROGRESS_FILE_BYTES ? '' : await file.text();
      } catch {
        text = '';
      }
      // The same file given twice (picked again, or in a folder too) is read once.
      this.#files = this.#files.filter((f) => f.name !== path);
      this.#files.push({ name: path, text, bytes: file.size });
    }
    this.#build();
  }

  /** Records read elsewhere (an LRS, by course-team-lrs inside this element), counted like dropped files. */
  #addRecords(files: readonly DroppedFile[]) {
    const names = new Set(files.map((f) => f.name));
    this.#files = [...this.#files.filter((f) => !names.has(f.name)), ...files];
    this.#build();
  }

  #build() {
    this.#report = buildTeamReport(this.#files, { lessons: this.#data.lessons, questions: new Set(Object.keys(this.#data.questions)) });
    this.#render();
    const status = this.$('.team-status');
    status.textContent = fill(this.label('summary'), { files: this.#files.length, learners: this.#report.learners.length });
  }

  #render() {
    const report = this.#report;
    this.$('.clear').hidden = !report;
    this.$('.notices').hidden = !report?.notices.length;
    this.$('.notice-list').replaceChildren(
      ...(report?.notices ?? []).map((notice) => {
        const item = document.createElement('li');
        item.append(Object.assign(document.createElement('strong'), { textContent: notice.file }), `：${noticeText(notice, (key) => this.label(key))}`);
        return item;
      }),
    );
    const section = this.$('.report');
    section.hidden = !report?.learners.length;
    if (!report) {
      this.$('.team-status').textContent = this.label('empty');
      return;
    }
    const rows = this.#table(report).slice(1);
    this.$('.learners tbody').replaceChildren(
      ...report.learners.map((learner, i) => {
        const row = document.createElement('tr');
        const cells = rows[i]!.slice(0, 5);
        cells.forEach((text, c) => {
          const cell = document.createElement(c === 0 ? 'th' : 'td');
          if (c === 0) cell.setAttribute('scope', 'row');
          cell.textContent = text;
          if (c === 4 && learner.bestExam) cell.className = learner.bestExam.passed ? 'passed' : 'failed';
          row.append(cell);
        });
        return row;
      }),
    );
    const learners = report.learners.length;
    for (const lesson of report.lessons) {
      const row = this.$(`tr[data-lesson="${CSS.escape(lesson.id)}"]`);
      row.querySelector('.done-text')!.textContent = fill(this.label('lessonDone'), { done: lesson.completed, total: learners });
      Object.assign(row.querySelector('progress')!, { max: Math.max(learners, 1), value: lesson.completed });
    }
    this.$('.hardest-none').hidden = report.hardest.length > 0;
    this.$('.hardest').replaceChildren(
      ...report.hardest.map((q) => {
        const item = document.createElement('li');
        const [stem, lesson] = this.#data.questions[q.id] ?? [this.label('unknownQuestion'), -1];
        const link = Object.assign(document.createElement('a'), { href: urls.question(q.id), textContent: stem });
        const meta = Object.assign(document.createElement('span'), { className: 'meta', textContent: this.#hardestMeta(q, lesson) });
        item.append(link, meta);
        return item;
      }),
    );
  }

  #hardestMeta(q: TeamReport['hardest'][number], lesson: number): string {
    return fill(this.label('hardestMeta'), {
      lesson: this.#data.lessons[lesson]?.title ?? '',
      answered: q.learnersAnswered,
      wrong: q.learnersWrong,
      wrongTimes: q.wrong,
      attempts: q.attempts,
    });
  }

  #table(report: TeamReport): string[][] {
    return learnerTable(report, this.#data.lessons.length, {
      header: (['col.name', 'col.completed', 'col.last', 'col.exam', 'col.passed', 'col.file'] as const).map((key) => this.label(key)),
      notTaken: this.label('notTaken'),
      passed: this.label('passed'),
      failed: this.label('failed'),
      date: localDateTime,
    });
  }

  #download(content: string | Blob, extension: string, type: string) {
    const file = `${this.label('fileName')}-${localDate(Date.now())}.${extension}`;
    downloadFile(this, file, content, type);
    this.$('.export-status').textContent = fill(this.label('exported'), { file });
    this.$('.export-error').textContent = '';
  }

  #exportCsv() {
    if (!this.#report) return;
    this.#download(toCsv(this.#table(this.#report)), 'csv', 'text/csv;charset=utf-8');
  }

  async #exportExcel() {
    const report = this.#report;
    if (!report) return;
    const status = this.$('.export-status');
    status.textContent = this.label('preparing');
    try {
      // The workbook library is large: it loads only now, when the trainer asks for Excel.
      const { workbookBlob } = await import('./team-workbook.ts');
      const learners = report.learners.length;
      const sheets: ReportSheet[] = [
        { name: this.label('sheetLearners'), rows: this.#table(report) },
        {
          name: this.label('sheetLessons'),
          rows: [[this.label('col.lesson'), this.label('col.done')], ...report.lessons.map((l) => [l.title, `${l.completed} / ${learners}`])],
        },
        {
          name: this.label('sheetHardest'),
          rows: [
            [this.label('col.question'), this.label('col.lesson'), this.label('col.learnersWrong'), this.label('col.wrongRate')],
            ...report.hardest.map((q) => {
              const [stem, lesson] = this.#data.questions[q.id] ?? [this.label('unknownQuestion'), -1];
              return [stem, this.#data.lessons[lesson]?.title ?? '', `${q.learnersWrong} / ${q.learnersAnswered}`, `${q.wrong} / ${q.attempts}`];
            }),
          ],
        },
      ];
      const blob = await workbookBlob(sheets);
      this.#download(blob, 'xlsx', blob.type);
    } catch (error) {
      status.textContent = '';
      this.$('.export-error').textContent = fill(this.label('exportFailed'), { error: (error as Error).message });
    }
  }
}

defineElement('course-team-report', CourseTeamReport);
