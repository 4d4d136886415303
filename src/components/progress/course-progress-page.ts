import { downloadFile } from '../base/download.ts';
import { recordExport, setLearnerName, replaceProgress } from '../../lib/progress/record.ts';
import { progress } from './progress-client.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { localDate, localDateTime } from '../../lib/dates.ts';
import { formatDuration, type DurationLabels } from '../../lib/duration.ts';
import { completedCount, examHistory, lessonState, progressTotals } from '../../lib/progress/summary.ts';
import { asOwnProgress, describeSkipped, exportProgress, importProgress, MAX_PROGRESS_FILE_BYTES } from '../../lib/progress/transfer.ts';
import type { ExamRecord, ProgressData } from '../../lib/progress/types.ts';
import { fill } from '../../lib/template.ts';

type Labels = DurationLabels & Record<string, string>;

/** Longest learner name kept; matches the field's maxlength. */
const MAX_NAME = 60;

/**
 * Upgrades the progress page: fills the server-rendered modules and lessons with what storage
 * holds, and runs the name field, export, import and reset. Everything from storage or from an
 * imported file is written with textContent or value.
 */
class CourseProgressPage extends CourseElement {
  #labels!: Labels;
  #questions: string[] = [];

  protected setup() {
    this.#labels = JSON.parse(this.dataset.labels!) as Labels;
    this.#questions = JSON.parse(this.dataset.questions!) as string[];
    this.querySelectorAll<HTMLElement>('section[hidden]').forEach((section) => (section.hidden = false));
    this.$('.name-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#saveName();
    });
    this.$('.export').addEventListener('click', () => this.#export());
    this.$<HTMLInputElement>('input[type=file]').addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
    this.$('.reset').addEventListener('click', () => void this.#ask(this.$<HTMLDialogElement>('.reset-dialog')).then((answer) => answer === 'confirm' && this.#reset()));
    // Any change, here or in another tab, shows at once, without touching a name being typed.
    progress.subscribe((data) => this.#render(data));
    this.#render(progress.read(), true);
  }

  #render(data: ProgressData, withName = false) {
    const labels = this.#labels;
    const lessonIds: string[] = [];
    for (const module of this.querySelectorAll<HTMLElement>('[data-module-id]')) {
      const items = [...module.querySelectorAll<HTMLElement>('[data-progress-lesson]')];
      const ids = items.map((item) => item.dataset.progressLesson!);
      lessonIds.push(...ids);
      for (const item of items) {
        const id = item.dataset.progressLesson!;
        const state = (item.dataset.state = lessonState(data, id));
        item.querySelector('.lesson-state')!.textContent = labels[`state.${state}`]!;
        const time = state === 'new' ? '' : fill(labels.lessonTime!, { time: formatDuration(data.lessons[id]!.seconds, labels) });
        item.querySelector('.lesson-time')!.textContent = time;
      }
      const done = completedCount(data, ids);
      module.querySelector('progress')!.value = done;
      module.querySelector('.module-count')!.textContent = fill(labels.moduleCount!, { done, total: ids.length });
      module.querySelector<HTMLElement>('.module-progress')!.hidden = false;
    }
    const totals = progressTotals(data, { lessonIds, questionIds: this.#questions }, Date.now());
    const accuracy = totals.accuracy === null ? labels.accuracyNone! : fill(labels.accuracyValue!, { percent: Math.round(totals.accuracy * 100), count: totals.attempts });
    this.#total('lessons', fill(labels.lessonsValue!, { done: totals.lessonsCompleted, total: lessonIds.length }));
    this.#total('questions', fill(labels.questionsValue!, { count: totals.questionsAnswered }));
    this.#total('accuracy', accuracy);
    this.#total('time', formatDuration(totals.seconds, labels));
    this.#total('due', fill(labels.due!, { count: totals.due }));
    const learner = this.$('.learner');
    learner.hidden = !data.learnerName;
    learner.textContent = fill(labels.learner!, { name: data.learnerName });
    if (withName) this.$<HTMLInputElement>('#learner-name').value = data.learnerName;
    this.$('.last-export').textContent = data.exportedAt ? fill(labels.lastExport!, { date: localDate(data.exportedAt) }) : labels.neverExported!;
    this.#renderExams(examHistory(data.exams));
  }

  #total(name: string, text: string) {
    this.$(`[data-total="${name}"]`).textContent = text;
  }

  #renderExams(exams: ExamRecord[]) {
    const table = this.$<HTMLTableElement>('.exams table');
    table.hidden = exams.length === 0;
    this.$('.exams-empty').hidden = exams.length > 0;
    table.tBodies[0]!.replaceChildren(...exams.map((exam) => this.#examRow(exam)));
  }

  #examRow(exam: ExamRecord): HTMLTableRowElement {
    const labels = this.#labels;
    const row = document.createElement('tr');
    const cell = (...content: (string | Node)[]) => row.insertCell().append(...content);
    const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
    cell(localDateTime(exam.submittedAt));
    cell(link(`${this.dataset.examHref}?seed=${exam.seed}`, String(exam.seed)));
    cell(fill(labels.examPercent!, { percent: Math.round(exam.score * 100) }));
    cell(exam.passed ? labels.examPassed! : labels.examFailed!);
    cell(...(exam.passed ? [link(`${this.dataset.certificateHref}?exam=${encodeURIComponent(exam.id)}`, labels.examViewCertificate!)] : []));
    return row;
  }

  #saveName() {
    const input = this.$<HTMLInputElement>('#learner-name');
    const name = input.value.trim().slice(0, MAX_NAME);
    input.value = name;
    progress.update((data) => setLearnerName(data, name));
    this.$('.name-status').textContent = name ? this.#labels.nameSaved! : this.#labels.nameCleared!;
  }

  #export() {
    const file = `${this.#labels.fileName}-${localDate(Date.now())}.json`;
    downloadFile(this, file, exportProgress(progress.update((data) => recordExport(data, Date.now()))), 'application/json');
    this.#report(fill(this.#labels.exported!, { file }));
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const labels = this.#labels;
    let text: string;
    try {
      // A file too large is refused unread, saying so and giving the limit.
      text = file.size > MAX_PROGRESS_FILE_BYTES ? '' : await file.text();
    } catch {
      return this.#report('', labels.readFailed);
    } finally {
      // The same file can be chosen again, e.g. after fixing it.
      input.value = '';
    }
    const mine = progress.read();
    const result = importProgress(text, mine, file.size);
    if (!result.ok) {
      const { code, ...values } = result.error;
      return this.#report('', fill(labels.importFailed!, { error: fill(labels[`file.${code}`]!, values) }));
    }
    // A file with another learner id is the learner's own from another device (merged under that id), or a
    // colleague's sent by mistake (merged under this device's id); nothing is merged until the learner says which.
    let data = result.data;
    let ownId = '';
    if (result.otherLearner) {
      const { name, id } = result.otherLearner;
      this.$('#other-body').textContent = fill(labels.otherBody!, { name: name || labels.otherNoName!, id, mine: mine.learnerId });
      const answer = await this.#ask(this.$<HTMLDialogElement>('.other-dialog'));
      if (answer !== 'mine' && answer !== 'confirm') return this.#report(labels.otherCancelled!);
      if (answer === 'mine') {
        data = asOwnProgress(data, id);
        ownId = fill(labels.ownId!, { id });
      }
    }
    this.#render(
      progress.update((d) => replaceProgress(d, data)),
      true,
    );
    const { lessons, attempts, exams } = result.added;
    const added = lessons + attempts + exams ? fill(labels.imported!, { lessons, attempts, exams }) : labels.importedNothing!;
    const skipped = describeSkipped(result.dropped, (key, values) => fill(labels[`file.${key}`]!, values));
    const dropped = result.dropped.length ? fill(labels.importDropped!, { count: result.dropped.length, list: skipped }) : '';
    this.#report(`${added}${dropped}${ownId}`);
  }

  /** Opens `dialog` and tells which of its buttons the learner chose ('' when they closed it otherwise). */
  #ask(dialog: HTMLDialogElement): Promise<string> {
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true }));
  }

  #reset() {
    progress.reset();
    this.$<HTMLInputElement>('#learner-name').value = '';
    this.$('.name-status').textContent = '';
    this.#report(this.#labels.resetDone!);
    this.$('.backup-status').focus();
  }

  /** Shows the outcome of an export, import or reset: a status, or an alert that replaces it. */
  #report(status: string, error = '') {
    this.$('.backup-status').textContent = status;
    this.$('.backup-error').textContent = error;
  }
}

defineElement('course-progress-page', CourseProgressPage);
