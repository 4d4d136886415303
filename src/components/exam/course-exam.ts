import { CourseElement, defineElement } from '../base/course-element.ts';
import { discardExamSession, recordExam, saveExamSession, type ExamAnswer } from '../../lib/progress/record.ts';
import { loadQuestion } from '../quiz/load-question.ts';
import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { ExamClock } from './exam-clock.ts';
import { drawExam, examSections, findPaper, gradeExam, moduleOf, newSeed, outcomeOf, parseSeed, shownBy, type DrawnSection, type GradedItem, type Outcome, type ReviewFilter } from '../../lib/exam.ts';
import { examRecordId, formatPoints, fraction, moduleRows, percentOf } from '../../lib/exam-report.ts';
import { formatClock } from '../../lib/exam-timer.ts';
import type { Response } from '../../question-types/scoring.ts';
import type { Result } from '../../question-types/shared.ts';
import type { QuestionType } from '../../question-types/shared.ts';
import type { ExamSection } from '../../schemas/exam.ts';
import type { ExamRecord, ExamSession } from '../../lib/progress/types.ts';
import { fill } from '../../lib/template.ts';
import { shareLink } from '../../lib/share.ts';
import { urls, shareContext } from '../../utils/url.ts';

interface Paper {
  id: string;
  title: string;
  minutes: number;
  passMark: number;
  sections: ExamSection[];
}

/** What the page puts in its JSON: the papers, the bank without answers, the module titles. */
interface ExamData {
  papers: Paper[];
  questions: { id: string; type: QuestionType; lesson: string; tags?: string[] }[];
  modules: { id: string; title: string }[];
}

/** The methods of `course-question` an exam uses. */
interface QuestionElement extends HTMLElement {
  grade(): { response: Response; result: Result };
  showKeyPoints(): void;
  reveal(): Result;
  restore(response: Response): void;
}

/** One question of the paper as the exam keeps it. */
interface Item {
  el: QuestionElement;
  id: string;
  number: number;
  points: number;
  isCase: boolean;
  flag: HTMLButtonElement;
  link: HTMLAnchorElement;
  outcome?: Outcome;
  answer?: ExamAnswer;
}

type Label =
  | 'seedInvalid' | 'copied' | 'copyFailed' | 'loading' | 'loadFailed' | 'started' | 'extended' | 'five' | 'one' | 'timeUp' | 'grace' | 'sectionFallback' | 'sectionCount'
  | 'confirmUnanswered' | 'confirmAll' | 'autoSubmitted' | 'passed' | 'failed' | 'score' | 'announce' | 'announceObjective' | 'timerIsOff' | 'resumeText' | 'resumeNoTimer'
  | 'discarded' | 'resumed' | 'sheetCount' | 'state.answered' | 'state.blank' | 'state.flagged' | 'state.right' | 'state.wrong' | 'state.pending' | 'flag' | 'flagHint'
  | 'objective' | 'blankCount' | 'pendingText' | 'filterCount' | 'yourAnswer' | 'noAnswer' | 'localOnly';

/** Questions fetched at once while a paper loads: quick, without flooding a small server. */
const PARALLEL = 6;
/** How often the time left is saved while the candidate works. */
const SAVE_EVERY_MS = 5000;

/**
 * The exam page: paper and seed, drawing, timing, an answer sheet with flags, saving as the candidate
 * goes (so a reload resumes), submission with the objective score at once, self-assessment of the
 * case questions, results, the saved record and a filtered review.
 */
class CourseExam extends CourseElement<Label> {
  #data!: ExamData;
  #paper!: Paper;
  #seed = 0;
  #startedAt = 0;
  #submittedAt = 0;
  #items: Item[] = [];
  #clock?: ExamClock;
  #saveTimer = 0;
  #record?: ExamRecord;

  protected setup() {
    this.#data = readPageData<ExamData>(this, { papers: [], questions: [], modules: [] });
    this.$$('.exam-js').forEach((el) => (el.hidden = false));
    const params = new URLSearchParams(location.search);
    this.#paper = findPaper(this.#data.papers, params.get('paper'));
    this.$<HTMLInputElement>(`input[name="paper"][value="${this.#paper.id}"]`).checked = true;
    this.#useSeed(parseSeed(params.get('seed')) ?? newSeed());
    this.#seedInput.value = String(this.#seed);
    this.#seedInput.addEventListener('input', () => {
      const seed = parseSeed(this.#seedInput.value.trim());
      if (seed) this.#useSeed(seed);
    });
    this.$('.paper-choice').addEventListener('change', () => {
      this.#paper = findPaper(this.#data.papers, this.$<HTMLInputElement>('input[name="paper"]:checked').value);
      this.#useSeed(this.#seed);
    });
    this.$('.exam-start').addEventListener('submit', (event) => {
      event.preventDefault();
      const seed = parseSeed(this.#seedInput.value.trim());
      if (!seed) {
        this.#seedError(this.label('seedInvalid'));
        return this.#seedInput.focus();
      }
      void this.#start(seed, null);
    });
    this.$('.copy').addEventListener('click', () => void this.#copy());
    this.$('.submit').addEventListener('click', () => this.#confirm());
    this.$('.finish').addEventListener('click', () => this.#finish());
    this.$('.sheet-toggle').addEventListener('click', () => this.#toggleSheet());
    this.$('.sheet').addEventListener('click', (event) => this.#jump(event));
    this.$('.first-case').addEventListener('click', (event) => {
      event.preventDefault();
      this.#items.find((item) => item.isCase && item.outcome === 'pending')?.el.focus();
    });
    this.$('.filters').addEventListener('change', () => this.#filter());
    const questions = this.$('.questions');
    // Exam answers are recorded by the exam itself, blank ones left out: none reaches the page's recorder.
    questions.addEventListener('course:answer', (event) => {
      event.stopPropagation();
      const item = this.#items.find((i) => i.id === event.detail.id);
      if (item?.answer && !item.answer.blank) item.answer.answer = event.detail.answerText;
    });
    questions.addEventListener('input', () => this.#saveSoon());
    questions.addEventListener('change', () => this.#saveSoon());
    questions.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('.exam-flag');
      if (button) this.#toggleFlag(button);
      // Moving an item of an ordering question changes the answer without an input event.
      else if ((event.target as Element).closest('[data-move]')) this.#saveSoon();
    });
    const dialog = this.$<HTMLDialogElement>('dialog.confirm');
    dialog.addEventListener('close', () => dialog.returnValue === 'submit' && this.#submit(false));
    addEventListener('pagehide', () => this.#save());
    addEventListener('visibilitychange', () => document.hidden && this.#save());
    this.#offerResume();
    this.$<HTMLButtonElement>('.start').disabled = false;
  }

  get #seedInput(): HTMLInputElement {
    return this.$<HTMLInputElement>('#exam-seed');
  }

  /** Makes `seed` the paper of this page: in the URL (so it can be shared) and in the share link. */
  #useSeed(seed: number) {
    this.#seed = seed;
    const paper = this.#paperParam(this.#paper.id);
    const own = new URL(urls.exam(seed, paper), location.href).href;
    history.replaceState(history.state, '', own.replace(/#.*/, '') + location.hash);
    // The link to send is built on the course's public address where one is set (COURSE_SITE).
    const { url: share, localOnly } = shareLink({ exam: seed, paper }, shareContext(location.href));
    const link = this.$<HTMLAnchorElement>('.share-link');
    link.href = share;
    link.textContent = share;
    const local = this.$('.share-local');
    local.hidden = !localOnly;
    local.textContent = localOnly ? fill(this.label('localOnly'), { host: location.host }) : '';
    this.#seedError('');
  }

  /** The paper as the address names it: nothing for the default paper. */
  #paperParam(id: string | undefined): string | undefined {
    return id === this.#data.papers[0]?.id ? undefined : id;
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
      status.textContent = this.label('copied');
    } catch {
      status.textContent = this.label('copyFailed');
    }
  }

  /** Offers to continue an exam saved before a reload or a closed tab, or to discard it. */
  #offerResume() {
    const session = progress.read().examSession;
    const paper = session && this.#data.papers.find((p) => p.id === session.paper);
    const box = this.$('.resume');
    if (!session || !paper) return void (box.hidden = true);
    const total = drawExam(this.#data.questions, paper, session.seed).questionIds.length;
    this.$('.resume-text').textContent = fill(this.label('resumeText'), {
      paper: paper.title,
      seed: session.seed,
      answered: Object.keys(session.answers).length,
      total,
      time: session.left === undefined ? this.label('resumeNoTimer') : formatClock(session.left),
    });
    box.hidden = false;
    this.$('.resume-go').onclick = () => {
      this.#paper = paper;
      this.#useSeed(session.seed);
      void this.#start(session.seed, session);
    };
    this.$('.discard').onclick = () => {
      progress.update(discardExamSession);
      box.hidden = true;
      this.$('.resume-status').textContent = this.label('discarded');
      this.$<HTMLButtonElement>('.start').focus();
    };
  }

  /** Draws and loads the paper, then starts the clock; with `session`, puts back its answers, flags and time. */
  async #start(seed: number, session: ExamSession | null) {
    this.#useSeed(seed);
    const start = this.$<HTMLButtonElement>('.start');
    start.disabled = true;
    const paper = this.#paper;
    const drawn = drawExam(this.#data.questions, paper, seed);
    if (drawn.shortfalls.length) console.warn('exam sections left short', drawn.shortfalls);
    this.$('.loading').hidden = false;
    this.#announce(this.label('loading'));
    let elements: QuestionElement[];
    try {
      elements = await this.#load(drawn.questionIds);
    } catch (error) {
      console.error(error);
      start.disabled = false;
      this.$('.loading').hidden = true;
      this.#seedError(this.label('loadFailed'));
      return this.#announce(this.label('loadFailed'));
    }
    const sheet = this.$('.sheet-grid');
    this.#items = elements.map((el, i) => {
      const id = drawn.questionIds[i]!;
      const link = Object.assign(document.createElement('a'), { href: `#${el.id}`, className: 'sheet-link', textContent: String(i + 1) });
      const li = document.createElement('li');
      li.append(link);
      sheet.append(li);
      const flag = Object.assign(document.createElement('button'), { type: 'button', className: 'exam-flag button quiet', title: this.label('flagHint'), textContent: `⚑ ${this.label('flag')}` });
      flag.setAttribute('aria-pressed', 'false');
      return { el, id, number: i + 1, points: drawn.points[i] ?? 1, isCase: el.hasAttribute('data-self-assessed'), flag, link };
    });
    const sections = examSections(paper.sections, drawn);
    this.$('.questions').replaceChildren(...sections.map((section) => this.#section(section)));
    if (session) {
      for (const item of this.#items) {
        const saved = session.answers[item.id];
        if (saved) item.el.restore(saved as unknown as Response);
        if (session.flags.includes(item.id)) item.flag.setAttribute('aria-pressed', 'true');
      }
    }
    this.$('.exam-intro').hidden = true;
    this.$('.paper').hidden = false;
    this.$('.paper-title').textContent = paper.title;
    this.$('.seed-value').textContent = String(seed);
    this.#startedAt = session?.startedAt ?? Date.now();
    const clockLabels = Object.fromEntries((['extended', 'five', 'one', 'timeUp', 'grace'] as const).map((k) => [k, this.label(k)]));
    this.#clock = new ExamClock(this.$('.bar'), clockLabels, () => this.#submit(true));
    this.#clock.onChange = () => this.#save();
    this.#clock.start(session ? (session.left ?? null) : paper.minutes * 60_000);
    this.#saveTimer = window.setInterval(() => this.#save(), SAVE_EVERY_MS);
    this.#updateSheet();
    this.#save();
    this.$('.questions').querySelector<HTMLElement>('h2')?.focus();
    const answered = this.#items.filter((item) => !this.#blank(item)).length;
    this.#announce(session
      ? fill(this.label('resumed'), { answered, total: this.#items.length })
      : fill(this.label('started'), { count: elements.length, minutes: paper.minutes }));
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
  #section(section: DrawnSection): HTMLElement {
    const wrapper = document.createElement('section');
    const heading = document.createElement('h2');
    heading.id = `exam-section-${section.index + 1}`;
    heading.tabIndex = -1;
    heading.textContent = section.label ?? fill(this.label('sectionFallback'), { n: section.index + 1 });
    wrapper.setAttribute('aria-labelledby', heading.id);
    const count = Object.assign(document.createElement('p'), { className: 'section-count', textContent: fill(this.label('sectionCount'), { count: section.questionIds.length }) });
    wrapper.append(heading, count);
    section.questionIds.forEach((_, i) => {
      const item = this.#items[section.firstNumber + i - 1]!;
      const mark = Object.assign(document.createElement('span'), { className: 'q-number', textContent: `${item.number}.` });
      const points = Object.assign(document.createElement('span'), { className: 'q-points', textContent: `（${formatPoints(item.points)} 分）` });
      const legend = item.el.querySelector('legend');
      legend?.prepend(mark);
      legend?.append(points);
      (item.el.querySelector('.q-tools') ?? item.el).append(item.flag);
      wrapper.append(item.el);
    });
    return wrapper;
  }

  #blank(item: Item): boolean {
    return item.el.grade().result.empty;
  }

  #toggleFlag(button: HTMLButtonElement) {
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
    this.#updateSheet();
    this.#save();
  }

  /** Numbers of the answer sheet: answered, unanswered, flagged; after submission, right, wrong, blank. */
  #updateSheet() {
    let answered = 0;
    for (const item of this.#items) {
      const blank = this.#blank(item);
      if (!blank) answered += 1;
      const flagged = item.flag.getAttribute('aria-pressed') === 'true';
      const state = item.outcome ?? (blank ? 'blank' : 'answered');
      const words = [this.label(`state.${state}`), flagged ? this.label('state.flagged') : ''].filter(Boolean);
      item.link.className = `sheet-link is-${state}${flagged ? ' is-flagged' : ''}`;
      item.link.setAttribute('aria-label', `${item.number} ${words.join('，')}`);
    }
    this.$('.sheet-count').textContent = fill(this.label('sheetCount'), { answered, total: this.#items.length });
  }

  #toggleSheet(open = this.$('.sheet-toggle').getAttribute('aria-expanded') !== 'true') {
    this.$('.sheet-toggle').setAttribute('aria-expanded', String(open));
  }

  /** A number of the answer sheet moves focus to its question (and closes the sheet on a phone). */
  #jump(event: Event) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.sheet-link');
    if (!link) return;
    event.preventDefault();
    this.#toggleSheet(false);
    const item = this.#items.find((i) => i.link === link)!;
    history.replaceState(history.state, '', `#${item.el.id}`);
    item.el.hidden = false;
    item.el.focus();
  }

  #saveSoon() {
    this.#updateSheet();
    clearTimeout(this.#pending);
    this.#pending = window.setTimeout(() => this.#save(), 300);
  }
  #pending = 0;

  /** Keeps the exam under way in progress: answers, flags and the time left. */
  #save() {
    if (!this.#items.length || this.#submittedAt) return;
    const answers: ExamSession['answers'] = {};
    for (const item of this.#items) {
      const { response, result } = item.el.grade();
      if (!result.empty) answers[item.id] = response as unknown as Record<string, unknown>;
    }
    const left = this.#clock?.left;
    const session: ExamSession = {
      paper: this.#paper.id,
      seed: this.#seed,
      startedAt: this.#startedAt,
      answers,
      flags: this.#items.filter((i) => i.flag.getAttribute('aria-pressed') === 'true').map((i) => i.id),
      savedAt: Date.now(),
    };
    if (left !== null && left !== undefined) session.left = left;
    progress.update((d) => saveExamSession(d, session));
  }

  #confirm() {
    const unanswered = this.#items.filter((item) => this.#blank(item)).length;
    this.$('.confirm-count').textContent = unanswered ? fill(this.label('confirmUnanswered'), { count: unanswered }) : this.label('confirmAll');
    this.$<HTMLDialogElement>('dialog.confirm').showModal();
  }

  /**
   * Ends the exam: answers are locked, objective questions are marked and scored at once, and the
   * record is saved; answered case questions show their key points for self-assessment.
   */
  #submit(automatic: boolean) {
    if (this.#submittedAt) return;
    this.#save();
    this.#submittedAt = Date.now();
    clearInterval(this.#saveTimer);
    this.$<HTMLDialogElement>('dialog.confirm').close('cancel');
    this.#clock?.stop();
    this.$('.timer-buttons').hidden = true;
    this.$('.clock').hidden = true;
    this.$('.timer-off').hidden = true;
    this.$('.submit').hidden = true;
    const legend = this.$('.sheet-legend');
    legend.textContent = legend.dataset.done!;
    for (const item of this.#items) {
      const { result } = item.el.grade();
      item.answer = { id: item.id, blank: result.empty, correct: result.correct, score: result.score };
      if (item.isCase && !result.empty) {
        item.el.querySelector('textarea')!.readOnly = true;
        item.el.showKeyPoints();
        item.outcome = 'pending';
      } else {
        item.el.reveal();
        item.el.querySelector('.q-main')?.toggleAttribute('disabled', true);
        item.outcome = outcomeOf(item.answer);
        this.#yourAnswer(item);
      }
    }
    const objective = this.#items.filter((i) => !i.isCase);
    const got = objective.reduce((sum, i) => sum + i.answer!.score * i.points, 0);
    const max = objective.reduce((sum, i) => sum + i.points, 0);
    this.$('.objective-score').textContent = max ? fill(this.label('objective'), fraction(got, max)) : '';
    const pending = this.#items.filter((i) => i.outcome === 'pending');
    this.#saveRecord(this.#items.filter((i) => i.outcome !== 'pending').map((i) => i.answer!));
    this.$('.results').hidden = false;
    if (pending.length) {
      this.$('.pending-text').textContent = fill(this.label('pendingText'), {
        count: pending.length,
        points: formatPoints(pending.reduce((sum, i) => sum + i.points, 0)),
      });
      this.$<HTMLAnchorElement>('.first-case').href = `#${pending[0]!.el.id}`;
      this.$('.pending-box').hidden = false;
      this.$('.finish').hidden = false;
    } else this.#showFinal();
    this.#updateSheet();
    this.#filter();
    this.$('#exam-results-title').focus();
    const said = this.#record!.pending ? fill(this.label('announceObjective'), fraction(got, max)) : this.#finalAnnouncement();
    this.#announce(automatic ? `${this.label('autoSubmitted')} ${said}` : said);
  }

  /** Completes the self-assessment: marks the case questions, completes the score, the verdict and the record. */
  #finish() {
    const cases = this.#items.filter((i) => i.outcome === 'pending');
    for (const item of cases) {
      const result = item.el.reveal();
      item.answer = { ...item.answer!, correct: result.correct, score: result.score };
      item.outcome = outcomeOf(item.answer);
    }
    this.#saveRecord(cases.map((i) => i.answer!));
    this.$('.pending-box').hidden = true;
    this.$('.finish').hidden = true;
    this.#showFinal();
    this.#updateSheet();
    this.#filter();
    this.$('#exam-results-title').focus();
    this.#announce(this.#finalAnnouncement());
  }

  /** Grades what is known and saves the record, with the attempts in `answers` (blank ones are skipped by recordExam). */
  #saveRecord(answers: ExamAnswer[]) {
    const lessonOf = new Map(this.#data.questions.map((q) => [q.id, q.lesson]));
    const items: GradedItem[] = this.#items.map((i) => ({
      id: i.id,
      module: moduleOf(lessonOf.get(i.id) ?? ''),
      points: i.points,
      score: i.answer!.blank ? null : i.answer!.score,
      pending: i.outcome === 'pending',
    }));
    const grade = gradeExam(items, this.#paper.passMark);
    this.#record = {
      id: examRecordId(this.#seed, this.#startedAt),
      seed: this.#seed,
      startedAt: this.#startedAt,
      submittedAt: this.#submittedAt,
      score: grade.score,
      passed: grade.passed === true,
      passMark: this.#paper.passMark,
      questionIds: this.#items.map((i) => i.id),
      byModule: grade.byModule,
      paper: this.#paper.id,
      points: grade.points,
      maxPoints: grade.maxPoints,
      answered: grade.answered,
      unanswered: grade.unanswered,
      pending: grade.pending,
    };
    const record = this.#record;
    progress.update((d) => recordExam(d, record, answers));
    const blank = grade.unanswered;
    this.$('.blank-count').textContent = blank ? fill(this.label('blankCount'), { count: blank }) : '';
  }

  #showFinal() {
    const record = this.#record!;
    const word = this.$('.verdict-word');
    word.textContent = record.passed ? this.label('passed') : this.label('failed');
    word.className = `verdict-word ${record.passed ? 'is-passed' : 'is-failed'}`;
    this.$('.verdict-score').textContent = fill(this.label('score'), { ...fraction(record.points!, record.maxPoints!), pass: percentOf(record.passMark) });
    this.$('.by-module tbody').replaceChildren(
      ...moduleRows(record.byModule, this.#data.modules).map((row) => {
        const tr = document.createElement('tr');
        const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: row.title });
        const cells = [`${row.points} / ${formatPoints(row.total)}`, `${row.percent}%`].map((text) => Object.assign(document.createElement('td'), { textContent: text }));
        tr.append(th, ...cells);
        return tr;
      }),
    );
    const paper = this.#paperParam(record.paper);
    this.$<HTMLAnchorElement>('.retake').href = urls.exam(record.seed, paper);
    this.$<HTMLAnchorElement>('.new-paper').href = urls.exam(undefined, paper);
    this.$<HTMLAnchorElement>('.certificate').href = urls.certificate(record.id);
    this.$('.certificate-item').hidden = !record.passed;
    this.$('.final').hidden = false;
  }

  #finalAnnouncement(): string {
    const record = this.#record!;
    return fill(this.label('announce'), { verdict: record.passed ? this.label('passed') : this.label('failed'), ...fraction(record.points!, record.maxPoints!) });
  }

  /** The candidate's own answer as text under the question, beside the marked right answer. */
  #yourAnswer(item: Item) {
    const text = item.answer!.blank ? this.label('noAnswer') : (item.answer!.answer ?? '');
    const p = document.createElement('p');
    p.className = `exam-your-answer is-${item.outcome}`;
    const strong = Object.assign(document.createElement('strong'), { textContent: this.label('yourAnswer') });
    p.append(strong, text);
    item.el.querySelector('.q-status')?.before(p);
  }

  /** The review filter: 全部 / 只看错题 / 只看未答 / 已标记. */
  #filter() {
    const filter = (this.$maybe<HTMLInputElement>('input[name="exam-filter"]:checked')?.value ?? 'all') as ReviewFilter;
    let shown = 0;
    for (const item of this.#items) {
      const show = shownBy(filter, item.outcome ?? 'pending', item.flag.getAttribute('aria-pressed') === 'true');
      item.el.hidden = !show;
      item.link.parentElement!.hidden = !show;
      if (show) shown += 1;
    }
    for (const section of this.$$('.questions > section')) section.hidden = !section.querySelector('course-question:not([hidden])');
    this.$('.filter-count').textContent = fill(this.label('filterCount'), { shown, total: this.#items.length });
  }

  #announce(message: string) {
    this.$('.announcer').textContent = message;
  }
}

defineElement('course-exam', CourseExam);
