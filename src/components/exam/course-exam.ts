import { urls } from '../../utils/url.ts';
import { recordExam } from '../../lib/progress/record.ts';
import { loadQuestion } from '../quiz/load-question.ts';
import { progress } from '../progress/progress-client.ts';
import { ExamClock } from './exam-clock.ts';
import { drawExam, examSections, gradeExam, moduleOf, newSeed, parseSeed, type DrawnSection } from '../../lib/exam.ts';
import { examRecordId, formatPoints, moduleRows, percentOf } from '../../lib/exam-report.ts';
import type { Result } from '../../lib/scoring.ts';
import type { QuestionType } from '../../schemas/question.ts';
import type { ExamSection } from '../../schemas/exam.ts';
import type { ExamRecord } from '../../lib/progress/types.ts';
import { fill } from '../../lib/template.ts';

/** What the page puts in its JSON script: the blueprint, the bank without answers, the module titles. */
interface ExamData {
  blueprint: { minutes: number; passMark: number; sections: Pick<ExamSection, 'module' | 'types' | 'count' | 'label'>[] };
  questions: { id: string; type: QuestionType; lesson: string }[];
  modules: { id: string; title: string }[];
}

/** The methods of `course-question` an exam uses. */
interface QuestionElement extends HTMLElement {
  grade(): { result: Result };
  showKeyPoints(): void;
  reveal(): Result;
}


/** Questions fetched at once while a paper loads: quick, without flooding a small server. */
const PARALLEL = 6;

/** Upgrades the exam page: seed, drawing, timing, submission, self-assessment, results and the saved record. */
class CourseExam extends HTMLElement {
  #data!: ExamData;
  #labels!: Record<string, string>;
  #seed = 0;
  #startedAt = 0;
  #submittedAt = 0;
  #questionIds: string[] = [];
  #questions: QuestionElement[] = [];
  #clock?: ExamClock;
  #warn = (event: BeforeUnloadEvent) => event.preventDefault();

  connectedCallback() {
    if (this.#data) return;
    this.#data = JSON.parse(this.$('.exam-data').textContent!);
    this.#labels = JSON.parse(this.dataset.labels!);
    this.$$('.exam-js').forEach((el) => (el.hidden = false));
    const input = this.#seedInput;
    this.#useSeed(parseSeed(new URLSearchParams(location.search).get('seed')) ?? newSeed());
    input.value = String(this.#seed);
    input.addEventListener('input', () => {
      const seed = parseSeed(input.value.trim());
      if (seed) this.#useSeed(seed);
    });
    this.$('.exam-start').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#start();
    });
    this.$('.copy').addEventListener('click', () => void this.#copy());
    this.$('.submit').addEventListener('click', () => this.#confirm());
    this.$('.finish').addEventListener('click', () => this.#finish());
    this.$('.first-case').addEventListener('click', (event) => {
      event.preventDefault();
      this.#questions.find((q) => q.dataset.questionType === 'case')?.focus();
    });
    const dialog = this.$<HTMLDialogElement>('dialog.confirm');
    dialog.addEventListener('close', () => dialog.returnValue === 'submit' && this.#submit(false));
    this.$<HTMLButtonElement>('.start').disabled = false;
  }

  get #seedInput(): HTMLInputElement {
    return this.$<HTMLInputElement>('#exam-seed');
  }

  /** Makes `seed` the paper of this page: in the URL (so it can be shared) and in the share link. */
  #useSeed(seed: number) {
    this.#seed = seed;
    const url = new URL(location.href);
    url.searchParams.set('seed', String(seed));
    history.replaceState(history.state, '', url);
    const share = new URL(urls.exam(seed), location.href).href;
    const link = this.$<HTMLAnchorElement>('.share-link');
    link.href = share;
    link.textContent = share;
    this.#seedError('');
  }

  #seedError(message: string) {
    const error = this.$('#exam-seed-error');
    error.textContent = message;
    error.hidden = !message;
    this.#seedInput.setAttribute('aria-invalid', String(Boolean(message)));
  }

  async #copy() {
    const status = this.$('.copy-status');
    try {
      await navigator.clipboard.writeText(this.$<HTMLAnchorElement>('.share-link').href);
      status.textContent = this.#labels.copied!;
    } catch {
      status.textContent = this.#labels.copyFailed!;
    }
  }

  async #start() {
    const seed = parseSeed(this.#seedInput.value.trim());
    if (!seed) {
      this.#seedError(this.#labels.seedInvalid!);
      return this.#seedInput.focus();
    }
    this.#useSeed(seed);
    const start = this.$<HTMLButtonElement>('.start');
    start.disabled = true;
    const { blueprint, questions } = this.#data;
    const drawn = drawExam(questions, blueprint, seed);
    if (drawn.shortfalls.length) console.warn(drawn.shortfalls.join('\n'));
    this.#questionIds = drawn.questionIds;
    this.$('.loading').hidden = false;
    this.#announce(this.#labels.loading!);
    let elements: QuestionElement[];
    try {
      elements = await this.#load(drawn.questionIds);
    } catch (error) {
      console.error(error);
      start.disabled = false;
      this.$('.loading').hidden = true;
      this.#seedError(this.#labels.loadFailed!);
      return this.#announce(this.#labels.loadFailed!);
    }
    const container = this.$('.questions');
    const sections = examSections(blueprint.sections, drawn);
    container.replaceChildren(...sections.map((section) => this.#section(section, elements)));
    this.#questions = elements;
    this.$('.exam-intro').hidden = true;
    this.$('.paper').hidden = false;
    this.$('.seed-value').textContent = String(seed);
    this.#startedAt = Date.now();
    this.#clock = new ExamClock(this.$('.bar'), this.#labels, () => this.#submit(true));
    this.#clock.start(blueprint.minutes);
    addEventListener('beforeunload', this.#warn);
    container.querySelector<HTMLElement>('h2')?.focus();
    this.#announce(fill(this.#labels.started!, { count: elements.length, minutes: blueprint.minutes }));
  }

  /** Fetches the questions, a few at a time, in exam order; the progress bar counts them. */
  async #load(ids: string[]): Promise<QuestionElement[]> {
    const bar = this.$<HTMLProgressElement>('progress');
    bar.max = ids.length;
    bar.value = 0;
    const out: QuestionElement[] = [];
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const i = next++;
        out[i] = (await loadQuestion(ids[i]!)) as QuestionElement;
        bar.value += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));
    return out;
  }

  /** One section of the paper: its heading, how many questions, and the questions numbered through the exam. */
  #section(section: DrawnSection, elements: QuestionElement[]): HTMLElement {
    const wrapper = document.createElement('section');
    const heading = document.createElement('h2');
    heading.id = `exam-section-${section.index + 1}`;
    heading.tabIndex = -1;
    heading.textContent = section.label ?? fill(this.#labels.sectionFallback!, { n: section.index + 1 });
    wrapper.setAttribute('aria-labelledby', heading.id);
    const count = Object.assign(document.createElement('p'), { className: 'section-count', textContent: fill(this.#labels.sectionCount!, { count: section.questionIds.length }) });
    wrapper.append(heading, count);
    section.questionIds.forEach((_, i) => {
      const number = section.firstNumber + i;
      const question = elements[number - 1]!;
      const mark = Object.assign(document.createElement('span'), { className: 'q-number', textContent: `${number}.` });
      question.querySelector('legend')?.prepend(mark);
      wrapper.append(question);
    });
    return wrapper;
  }

  #confirm() {
    const unanswered = this.#questions.filter((q) => q.grade().result.empty).length;
    this.$('.confirm-count').textContent = unanswered ? fill(this.#labels.confirmUnanswered!, { count: unanswered }) : this.#labels.confirmAll!;
    this.$<HTMLDialogElement>('dialog.confirm').showModal();
  }

  /** Ends the exam: answers are locked; case questions show their key points for self-assessment. */
  #submit(automatic: boolean) {
    if (this.#submittedAt) return;
    this.#submittedAt = Date.now();
    this.$<HTMLDialogElement>('dialog.confirm').close('cancel');
    this.#clock?.stop();
    removeEventListener('beforeunload', this.#warn);
    this.$('.bar').hidden = true;
    this.$('.submit').hidden = true;
    const cases = this.#questions.filter((q) => q.dataset.questionType === 'case');
    for (const q of this.#questions) {
      if (cases.includes(q)) {
        q.querySelector('textarea')!.readOnly = true;
        q.showKeyPoints();
      } else q.querySelector('.q-main')!.toggleAttribute('disabled', true);
    }
    if (!cases.length) return this.#finish(automatic);
    this.$<HTMLAnchorElement>('.first-case').href = `#${cases[0]!.id}`;
    this.$('.self-check').hidden = false;
    this.$('.finish').hidden = false;
    this.$('#exam-self-check-title').focus();
    this.#announce(automatic ? this.#labels.autoSubmitted! : '');
  }

  /** Marks every question, grades the exam, saves the record and shows the results above the questions. */
  #finish(automatic = false) {
    const { blueprint, questions, modules } = this.#data;
    this.$('.self-check').hidden = true;
    this.$('.finish').hidden = true;
    const lessonOf = new Map(questions.map((q) => [q.id, q.lesson]));
    const items = this.#questions.map((q) => {
      const id = q.dataset.questionId!;
      return { id, module: moduleOf(lessonOf.get(id) ?? ''), score: q.reveal().score };
    });
    const grade = gradeExam(items, blueprint.passMark);
    const record: ExamRecord = {
      id: examRecordId(this.#seed, this.#startedAt),
      seed: this.#seed,
      startedAt: this.#startedAt,
      submittedAt: this.#submittedAt,
      score: grade.score,
      passed: grade.passed,
      passMark: blueprint.passMark,
      questionIds: this.#questionIds,
      byModule: grade.byModule,
    };
    progress.update((d) => recordExam(d, record));
    this.#showResults(record, items.length, modules);
    if (automatic) this.#announce(`${this.#labels.autoSubmitted} ${this.$('.announcer').textContent}`);
  }

  #showResults(record: ExamRecord, total: number, modules: ExamData['modules']) {
    const percent = percentOf(record.score);
    const verdict = record.passed ? this.#labels.passed! : this.#labels.failed!;
    const word = this.$('.verdict-word');
    word.textContent = verdict;
    word.className = `verdict-word ${record.passed ? 'is-passed' : 'is-failed'}`;
    this.$('.verdict-score').textContent = fill(this.#labels.score!, {
      percent,
      points: formatPoints(record.score * total),
      total,
      pass: percentOf(record.passMark),
    });
    this.$('.by-module tbody').replaceChildren(
      ...moduleRows(record.byModule, modules).map((row) => {
        const tr = document.createElement('tr');
        const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: row.title });
        const cells = [`${row.points}/${row.total}`, `${row.percent}%`].map((text) => Object.assign(document.createElement('td'), { textContent: text }));
        tr.append(th, ...cells);
        return tr;
      }),
    );
    this.$<HTMLAnchorElement>('.retake').href = urls.exam(record.seed);
    this.$<HTMLAnchorElement>('.certificate').href = urls.certificate(record.id);
    this.$('.certificate-item').hidden = !record.passed;
    this.$('.results').hidden = false;
    this.$('#exam-results-title').focus();
    this.#announce(fill(this.#labels.announce!, { verdict, percent }));
  }

  #announce(message: string) {
    this.$('.announcer').textContent = message;
  }

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  $$<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }
}

if (!customElements.get('course-exam')) customElements.define('course-exam', CourseExam);
