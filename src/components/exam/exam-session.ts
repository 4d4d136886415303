import { CourseElement, defineElement } from '../base/course-element.ts';
import { recordExam, saveExamSession, type ExamAnswer } from '../../lib/progress/record.ts';
import { loadQuestion } from '../quiz/load-question.ts';
import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { ExamClock } from './exam-clock.ts';
import type { OneAtATime } from '../base/one-at-a-time.ts';
import { drawExam, examSections, findPaper, gradeExam, moduleOf, partPoints, type DrawnSection, type GradedItem } from '../../lib/exam.ts';
import { examRecordId } from '../../lib/exam-report.ts';
import { fraction } from '../../lib/rounding.ts';
import { paperOfRecord } from '../../lib/exam-papers.ts';
import { fill } from '../../lib/template.ts';
import { formatPoints } from '../../lib/rounding.ts';
import type { Response } from '../../question-types/scoring.ts';
import type { ExamRecord, ExamSession as SavedSession } from '../../lib/progress/types.ts';
import { isBlank, isFlagged, type ExamData, type Item, type Paper, type QuestionElement } from './exam-items.ts';
import type { ExamStart } from './exam-start.ts';
import type { AnswerSheet } from './answer-sheet.ts';
import type { ExamSubmit } from './exam-submit.ts';
import type { ExamResults } from './exam-results.ts';
import './exam-start.ts';
import './answer-sheet.ts';

/** The parts needed only once the paper is submitted or reopened: loaded then (or when the browser is idle), not with the page. */
let later: Promise<unknown> | undefined;
const loadLater = () => (later ??= Promise.all([import('./exam-submit.ts'), import('./exam-results.ts'), import('../base/one-at-a-time.ts')]));

export type ExamSessionLabel =
  | 'points'
  | 'loading'
  | 'loadFailed'
  | 'started'
  | 'extended'
  | 'five'
  | 'one'
  | 'timeUp'
  | 'grace'
  | 'sectionFallback'
  | 'sectionCount'
  | 'pointsScaled'
  | 'autoSubmitted'
  | 'passed'
  | 'failed'
  | 'announce'
  | 'announceObjective'
  | 'resumed'
  | 'attemptMissing'
  | 'announceSubmitted';

/** Questions fetched at once while a paper loads: quick, without flooding a small server. */
const PARALLEL = 6;
/** How often the time left is saved while the candidate works. */
const SAVE_EVERY_MS = 5000;

/**
 * The exam under way: loads the paper drawn from its seed, keeps it saved as the candidate goes
 * (answers, flags, time left: a reload resumes), runs the clock, and hands over to its parts: the
 * start (`exam-start`), the answer sheet (`exam-sheet`), submission and self-assessment
 * (`exam-submit`) and the results (`exam-results`). `?attempt=<id>` reopens a past attempt read-only.
 */
class CourseExam extends CourseElement<ExamSessionLabel> {
  #data!: ExamData;
  #paper!: Paper;
  #seed = 0;
  #startedAt = 0;
  #submittedAt = 0;
  #items: Item[] = [];
  #clock?: ExamClock;
  #saveTimer = 0;
  #pending = 0;
  #record?: ExamRecord;
  #pager?: OneAtATime;

  get #start() {
    return this.$<ExamStart & HTMLElement>('exam-start');
  }
  get #sheet() {
    return this.$<AnswerSheet & HTMLElement>('exam-sheet');
  }
  get #submit() {
    return this.$<ExamSubmit & HTMLElement>('exam-submit');
  }
  get #results() {
    return this.$<ExamResults & HTMLElement>('exam-results');
  }

  protected setup() {
    this.#data = readPageData<ExamData>(this, { papers: [], questions: [], modules: [] });
    const questions = this.$('.questions');
    // Exam answers are recorded by the exam itself, blank ones left out: none reaches the page's recorder.
    questions.addEventListener('course:answer', (event) => {
      event.stopPropagation();
      const item = this.#items.find((i) => i.id === event.detail.id);
      if (item?.answer && !item.answer.blank) item.answer.answer = event.detail.answerText;
    });
    questions.addEventListener('input', () => this.#saveSoon());
    questions.addEventListener('change', () => this.#saveSoon());
    // Moving an item of an ordering question changes the answer without an input event.
    questions.addEventListener('click', (event) => (event.target as Element).closest('[data-move]') && this.#saveSoon());
    this.addEventListener('course:exam-goto', (event) => this.#goto(event.detail.number));
    this.$('.submit').addEventListener('click', () => void this.#parts().then(() => this.#submit.confirm(this.#items)));
    this.$('.finish').addEventListener('click', () => this.#finish());
    this.#sheet.onFlag = () => this.#save();
    addEventListener('pagehide', () => this.#save());
    addEventListener('visibilitychange', () => document.hidden && this.#save());
    const attempt = new URLSearchParams(location.search).get('attempt');
    if (attempt !== null) return void this.#reopen(attempt);
    this.#start.init(this.#data, (paper, seed, session) => void this.#begin(paper, seed, session));
  }

  /** The parts loaded later, wired once they are here. */
  async #parts() {
    await loadLater();
    this.#submit.onSubmit ??= () => void this.#submitNow(false);
    this.#results.onFilter ??= () => this.#afterFilter();
  }

  /** Draws and loads the paper, then starts the clock; with `session`, puts back its answers, flags and time. */
  async #begin(paper: Paper, seed: number, session: SavedSession | null) {
    this.#paper = paper;
    this.#seed = seed;
    const drawn = drawExam(this.#data.questions, paper, seed);
    if (drawn.shortfalls.length) console.warn(drawn.shortfalls.map((s) => JSON.stringify(s)).join('\n'));
    if (!(await this.#build(drawn.questionIds, drawn.points, examSections(paper.sections, drawn)))) return;
    if (session) {
      for (const item of this.#items) {
        const saved = session.answers[item.id];
        if (saved) item.el.restore(saved as unknown as Response);
        if (session.flags.includes(item.id)) item.flag.setAttribute('aria-pressed', 'true');
      }
    }
    this.#startedAt = session?.startedAt ?? Date.now();
    const clockLabels = Object.fromEntries((['extended', 'five', 'one', 'timeUp', 'grace'] as const).map((k) => [k, this.label(k)]));
    this.#clock = new ExamClock(this.$('.bar'), clockLabels, () => void this.#submitNow(true));
    this.#clock.onChange = () => this.#save();
    this.#clock.start(session ? (session.left ?? null) : paper.minutes * 60_000);
    this.#saveTimer = window.setInterval(() => this.#save(), SAVE_EVERY_MS);
    this.#sheet.update();
    this.#save();
    this.$('.questions').querySelector<HTMLElement>('h2')?.focus();
    const answered = this.#items.filter((item) => !isBlank(item)).length;
    this.#announce(
      session ? fill(this.label('resumed'), { answered, total: this.#items.length }) : fill(this.label('started'), { count: this.#items.length, minutes: paper.minutes }),
    );
  }

  /** Loads the questions `ids` worth `points` into `sections`, with the answer sheet; false if they could not be fetched. */
  async #build(ids: string[], points: number[], sections: DrawnSection[]): Promise<boolean> {
    this.#announce(this.label('loading'));
    let elements: QuestionElement[];
    try {
      await import('../quiz/course-question.ts');
      elements = await this.#load(ids);
    } catch (error) {
      console.error(error);
      this.#start.loading(null);
      this.#start.error(this.label('loadFailed'));
      this.#announce(this.label('loadFailed'));
      return false;
    }
    this.#items = elements.map((el, i) => {
      const { link, flag } = this.#sheet.entry(i + 1, el.id);
      return {
        el,
        id: ids[i]!,
        number: i + 1,
        points: points[i] ?? 1, // Self-assessed (案例分析, and 简答 once it is its own type): the question shows key points to tick.
        isCase: el.querySelector('.q-keypoints') !== null,
        flag,
        link,
      };
    });
    this.$('.questions').replaceChildren(...sections.map((section) => this.#section(section)));
    // Once in the page: a question answers grade() only after its element is set up.
    this.#sheet.use(this.#items);
    this.#start.hidden = true;
    this.$('exam-history').hidden = true;
    this.$('.paper').hidden = false;
    this.$('.paper-title').textContent = this.#paper.title;
    this.$('.seed-value').textContent = String(this.#seed);
    const { OneAtATime } = await import('../base/one-at-a-time.ts');
    this.#pager = new OneAtATime(
      this.$('.one-at-a-time'),
      this.#items.map((i) => i.el),
      (index) => this.#current(index),
    );
    // What submission needs arrives while the candidate works.
    (window.requestIdleCallback ?? setTimeout)(() => void this.#parts());
    return true;
  }

  /** Fetches the questions, a few at a time, in exam order; the progress bar counts them. */
  async #load(ids: string[]): Promise<QuestionElement[]> {
    const bar = this.#start.loading(ids.length);
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
      const points = Object.assign(document.createElement('span'), { className: 'q-points', textContent: fill(this.label('points'), { points: formatPoints(item.points) }) });
      const legend = item.el.querySelector('legend');
      legend?.prepend(mark);
      // What the question is worth on this paper, in place of the marks it shows on its own (a written answer's).
      const ownMarks = legend?.querySelector(':scope > .q-marks');
      if (ownMarks) ownMarks.replaceWith(points);
      else legend?.append(points);
      // A case's parts show their share of those points, not of the marks the case has on its own.
      const partMarks = item.el.querySelectorAll<HTMLElement>('.q-parts .q-marks[data-marks]');
      partPoints(
        [...partMarks].map((el) => Number(el.dataset.marks)),
        item.points,
      ).forEach((share, p) => {
        partMarks[p]!.textContent = fill(this.label('points'), { points: formatPoints(share) });
      });
      // Its answer points keep their own marks (scaled, they would not divide evenly): a line says how they count here.
      const own = [...item.el.querySelectorAll<HTMLElement>('.q-keypoints .q-point-marks[data-marks]')].reduce((sum, el) => sum + Number(el.dataset.marks), 0);
      if (own > 0 && own !== item.points) {
        const note = Object.assign(document.createElement('p'), {
          className: 'q-points-scaled',
          textContent: fill(this.label('pointsScaled'), { own: formatPoints(own), points: formatPoints(item.points) }),
        });
        item.el.querySelector('.q-keypoints > legend')?.after(note);
      }
      (item.el.querySelector('.q-tools') ?? item.el).append(item.flag);
      wrapper.append(item.el);
    });
    return wrapper;
  }

  /** Goes to question `number`: shown (on its own screen in one-at-a-time mode) and focused. */
  #goto(number: number) {
    const item = this.#items[number - 1];
    if (!item) return;
    history.replaceState(history.state, '', `#${item.el.id}`);
    if (this.#pager?.on) this.#pager.show(number - 1);
    item.el.hidden = false;
    item.el.focus();
  }

  /** In one-at-a-time mode, the answer sheet marks the question on screen. */
  #current(index: number | null) {
    this.#items.forEach((item, i) => item.link.classList.toggle('is-current', i === index));
    for (const section of this.$$('.questions > section'))
      section.hidden = index === null ? !section.querySelector('course-question:not([hidden])') : !section.contains(this.#items[index]?.el ?? null);
  }

  #saveSoon() {
    this.#sheet.update();
    clearTimeout(this.#pending);
    this.#pending = window.setTimeout(() => this.#save(), 300);
  }

  /** The answers given so far, per question id. */
  #responses(): Record<string, Record<string, unknown>> {
    const answers: Record<string, Record<string, unknown>> = {};
    for (const item of this.#items) {
      const { response, result } = item.el.grade();
      if (!result.empty) answers[item.id] = response as unknown as Record<string, unknown>;
    }
    return answers;
  }

  /** Keeps the exam under way in progress: answers, flags and the time left. */
  #save() {
    if (!this.#items.length || this.#submittedAt || !this.#startedAt) return;
    const left = this.#clock?.left;
    const session: SavedSession = {
      paper: this.#paper.id,
      seed: this.#seed,
      startedAt: this.#startedAt,
      answers: this.#responses(),
      flags: this.#items.filter(isFlagged).map((i) => i.id),
      savedAt: Date.now(),
    };
    if (left !== null && left !== undefined) session.left = left;
    progress.update((d) => saveExamSession(d, session));
  }

  /**
   * Ends the exam: answers are locked, objective questions are marked and scored at once, and the
   * record is saved; answered case questions show their answer points for self-assessment.
   */
  async #submitNow(automatic: boolean) {
    if (this.#submittedAt) return;
    this.#save();
    this.#submittedAt = Date.now();
    await this.#parts();
    clearInterval(this.#saveTimer);
    this.#submit.close();
    this.#clock?.stop();
    for (const selector of ['.timer-buttons', '.clock', '.timer-off', '.submit']) this.$(selector).hidden = true;
    // The time-up warning offered more time; once the paper is in, it says what happened instead.
    this.$('.time-up').textContent = automatic ? this.label('autoSubmitted') : '';
    this.#sheet.done();
    const responses = this.#responses();
    this.#submit.lock(this.#items);
    const pending = this.#items.filter((i) => i.outcome === 'pending');
    this.#saveRecord(
      this.#items.filter((i) => i.outcome !== 'pending').map((i) => i.answer!),
      responses,
    );
    this.#results.open(this.#items);
    // One question per screen: the marked paper is read from its first question, wherever the candidate handed in.
    if (this.#pager?.on) this.#pager.show(0);
    this.#awaitAssessment(pending);
    this.#sheet.update();
    this.#results.filter();
    const objective = this.#items.filter((i) => !i.isCase);
    const got = objective.reduce((sum, i) => sum + i.answer!.score * i.points, 0);
    const max = objective.reduce((sum, i) => sum + i.points, 0);
    const said = !pending.length
      ? this.#finalAnnouncement()
      : max
        ? fill(this.label('announceObjective'), fraction(got, max))
        : fill(this.label('announceSubmitted'), { count: pending.length });
    this.#announce(automatic ? `${this.label('autoSubmitted')} ${said}` : said);
  }

  /** Completes the self-assessment: marks the case questions, completes the score, the verdict and the record. */
  #finish() {
    const cases = this.#items.filter((i) => i.outcome === 'pending');
    const responses = this.#responses();
    this.#submit.assess(this.#items);
    this.#saveRecord(
      cases.map((i) => i.answer!),
      responses,
    );
    this.$('.finish').hidden = true;
    this.#showFinal();
    this.#sheet.update();
    this.#results.filter();
    this.$('#exam-results-title').focus();
    this.#announce(this.#finalAnnouncement());
  }

  /** Grades what is known and saves the record with the answers given, so it reopens as it was (blank attempts are skipped by recordExam). */
  #saveRecord(answers: ExamAnswer[], responses: Record<string, Record<string, unknown>>) {
    const lessonOf = new Map(this.#data.questions.map((q) => [q.id, q.lesson]));
    const items: GradedItem[] = this.#items.map((i) => ({
      id: i.id,
      module: moduleOf(lessonOf.get(i.id) ?? ''),
      points: i.points,
      score: i.answer!.blank ? null : i.answer!.score,
      pending: i.outcome === 'pending',
    }));
    const grade = gradeExam(items, this.#paper.passMark);
    const record: ExamRecord = {
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
      responses,
      flags: this.#items.filter(isFlagged).map((i) => i.id),
    };
    this.#record = record;
    progress.update((d) => recordExam(d, record, answers));
  }

  /** After handing in (or reopening): the cases `pending` wait for 完成自评, or with none the verdict shows. */
  #awaitAssessment(pending: readonly Item[]) {
    this.#results.pending(pending);
    this.$('.finish').hidden = !pending.length;
    if (!pending.length) this.#showFinal();
  }

  #showFinal() {
    const record = this.#record!;
    // The address names a paper other than the default only.
    const param = record.paper === this.#data.papers[0]?.id ? undefined : record.paper;
    this.#results.final(record, this.#paper, this.#data.modules, param);
  }

  #finalAnnouncement(): string {
    const record = this.#record!;
    return fill(this.label('announce'), { verdict: record.passed ? this.label('passed') : this.label('failed'), ...fraction(record.points!, record.maxPoints!) });
  }

  /**
   * A past attempt, read-only: its questions with the answers given, marked, and its results; or, when it
   * was handed in but not self-assessed, its cases ready for 完成自评 as right after handing in.
   */
  async #reopen(id: string) {
    const record = progress.read().exams.find((e) => e.id === id);
    if (!record) {
      this.#start.init(this.#data, (paper, seed, session) => void this.#begin(paper, seed, session));
      return this.#start.error(this.label('attemptMissing'));
    }
    this.#paper = findPaper(this.#data.papers, paperOfRecord(record, this.#data.papers));
    this.#seed = record.seed;
    this.#record = record;
    const drawn = drawExam(this.#data.questions, this.#paper, record.seed);
    const same = drawn.questionIds.join() === record.questionIds.join();
    const pointsOf = new Map(drawn.questionIds.map((q, i) => [q, drawn.points[i]!]));
    const sections = same ? examSections(this.#paper.sections, drawn) : [{ index: 0, label: this.#paper.title, questionIds: record.questionIds, firstNumber: 1 }];
    const ids = record.questionIds.filter((q) => this.#data.questions.some((b) => b.id === q));
    if (
      !(await this.#build(
        ids,
        ids.map((q) => pointsOf.get(q) ?? 1),
        same ? sections : [{ ...sections[0]!, questionIds: ids }],
      ))
    )
      return;
    this.#submittedAt = record.submittedAt;
    await this.#parts();
    for (const item of this.#items) if (record.flags?.includes(item.id)) item.flag.setAttribute('aria-pressed', 'true');
    for (const selector of ['.bar .clock', '.timer-buttons', '.timer-off', '.submit']) this.$(selector).hidden = true;
    this.#items.forEach((item) => (item.flag.disabled = true));
    this.#sheet.done();
    // Handed in but not self-assessed yet (the page was left before 完成自评): the cases wait for it again.
    this.#startedAt = record.startedAt;
    this.#submit.lock(this.#items, record.responses ?? {}, { assessing: (record.pending ?? 0) > 0 && record.responses !== undefined });
    this.#results.open(this.#items, record.submittedAt, record.responses !== undefined);
    this.#awaitAssessment(this.#items.filter((i) => i.outcome === 'pending'));
    this.#sheet.update();
    this.#results.filter();
  }

  /** After the review filter: sections with nothing shown are hidden too. */
  #afterFilter() {
    for (const section of this.$$('.questions > section')) section.hidden = !section.querySelector('course-question:not([hidden])');
    this.#pager?.refresh();
  }

  #announce(message: string) {
    this.$('.announcer').textContent = message;
  }
}

defineElement('course-exam', CourseExam);
