import { CourseElement, defineElement } from '../base/course-element.ts';
import { urls, shareContext } from '../../utils/url.ts';
import { discardExamSession } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';
import { drawExam, findPaper, newSeed, parseSeed } from '../../lib/exam.ts';
import { formatClock } from '../../lib/exam-timer.ts';
import { fill } from '../../lib/template.ts';
import { shareLink } from '../../lib/share.ts';
import { paperOf } from '../../lib/exam-papers.ts';
import type { ExamSession } from '../../lib/progress/types.ts';
import type { ExamData, Paper } from './exam-items.ts';

export type ExamStartLabel = 'seedInvalid' | 'copied' | 'copyFailed' | 'resumeText' | 'resumeNoTimer' | 'discarded' | 'replaceText' | 'awaitingText';

/** What starting asks of the exam session: this paper and seed, afresh or continuing `session`. */
type StartRequest = (paper: Paper, seed: number, session: ExamSession | null) => void;

/**
 * The start of the exam: the paper and its seed (in the address and the share link), and the
 * exam left unsubmitted. That one is never lost by a tap: the page lands on its banner, and
 * 开始考试 asks first whether to continue it or, saying what goes, to start anew.
 */
class ExamStart extends CourseElement<ExamStartLabel> {
  #data!: ExamData;
  #paper!: Paper;
  #seed = 0;
  #onStart!: StartRequest;

  protected setup() {}

  /** Wires the form for `data`; `onStart` is called when the candidate starts or continues. */
  init(data: ExamData, onStart: StartRequest) {
    this.#data = data;
    this.#onStart = onStart;
    this.$$('.exam-js').forEach((el) => (el.hidden = false));
    const params = new URLSearchParams(location.search);
    this.#paper = findPaper(data.papers, params.get('paper'));
    this.$<HTMLInputElement>(`input[name="paper"][value="${this.#paper.id}"]`).checked = true;
    this.use(parseSeed(params.get('seed')) ?? newSeed());
    this.#seedInput.value = String(this.#seed);
    this.#seedInput.addEventListener('input', () => {
      const seed = parseSeed(this.#seedInput.value.trim());
      if (seed) this.use(seed);
    });
    this.$('.paper-choice').addEventListener('change', () => {
      this.#paper = findPaper(data.papers, this.$<HTMLInputElement>('input[name="paper"]:checked').value);
      this.use(this.#seed);
    });
    this.$('.exam-start').addEventListener('submit', (event) => {
      event.preventDefault();
      const seed = parseSeed(this.#seedInput.value.trim());
      if (!seed) {
        this.error(this.label('seedInvalid'));
        return this.#seedInput.focus();
      }
      if (this.#session) this.#askReplace(seed);
      else this.#go(this.#paper, seed, null);
    });
    this.$('.copy').addEventListener('click', () => void this.#copy());
    const dialog = this.$<HTMLDialogElement>('dialog.replace');
    dialog.addEventListener('close', () => {
      const session = this.#session;
      if (dialog.returnValue === 'continue' && session) this.#resume(session);
      else if (dialog.returnValue === 'new') {
        progress.update(discardExamSession);
        if (dialog.dataset.seed) return this.#go(this.#paper, Number(dialog.dataset.seed), null);
        this.$('.resume').hidden = true;
        this.$('.resume-status').textContent = this.label('discarded');
        this.$<HTMLButtonElement>('.start').focus();
      }
    });
    this.#offerResume();
    this.#offerAssessment();
    this.$<HTMLButtonElement>('.start').disabled = false;
  }

  get #seedInput(): HTMLInputElement {
    return this.$<HTMLInputElement>('#exam-seed');
  }

  /** The exam saved unsubmitted, if its paper still exists. */
  get #session(): ExamSession | null {
    const session = progress.read().examSession;
    return session && this.#data.papers.some((p) => p.id === session.paper) ? session : null;
  }

  /** Makes `seed` the paper of this page: in the URL (so it can be shared) and in the share link. */
  use(seed: number, paper: Paper = this.#paper) {
    this.#seed = seed;
    this.#paper = paper;
    const param = this.paperParam(paper.id);
    const own = new URL(urls.exam(seed, param), location.href).href;
    history.replaceState(history.state, '', own.replace(/#.*/, '') + location.hash);
    // The link to send is built on the course's public address where one is set (COURSE_SITE).
    const { url: share } = shareLink({ exam: seed, paper: param }, shareContext(location.href));
    const link = this.$<HTMLAnchorElement>('.share-link');
    link.href = share;
    link.textContent = share;
    this.error('');
  }

  /** The paper as the address names it: nothing for the default paper. */
  paperParam(id: string | undefined): string | undefined {
    return id === this.#data.papers[0]?.id ? undefined : id;
  }

  /** Shows (or with '' clears) a problem under the seed field; the start button works again. */
  error(message: string) {
    const error = this.$('#exam-seed-error');
    error.textContent = message;
    error.hidden = !message;
    this.#seedInput.setAttribute('aria-invalid', String(Boolean(message)));
    this.$<HTMLButtonElement>('.start').disabled = false;
  }

  /** Shows the loading bar of `total` questions, or hides it. */
  loading(total: number | null): HTMLProgressElement {
    const box = this.$('.loading');
    box.hidden = total === null;
    const bar = this.$<HTMLProgressElement>('progress');
    bar.max = total ?? 0;
    bar.value = 0;
    return bar;
  }

  #go(paper: Paper, seed: number, session: ExamSession | null) {
    this.use(seed, paper);
    this.$<HTMLButtonElement>('.start').disabled = true;
    this.#onStart(paper, seed, session);
  }

  #resume(session: ExamSession) {
    this.#go(findPaper(this.#data.papers, session.paper), session.seed, session);
  }

  /** What the unsubmitted exam holds, in one sentence. */
  #describe(session: ExamSession): string {
    const paper = findPaper(this.#data.papers, session.paper);
    return fill(this.label('resumeText'), {
      paper: paper.title,
      seed: session.seed,
      answered: Object.keys(session.answers).length,
      total: drawExam(this.#data.questions, paper, session.seed).questionIds.length,
      flagged: session.flags.length,
      time: session.left === undefined ? this.label('resumeNoTimer') : formatClock(session.left),
    });
  }

  /**
   * 开始考试 (with `seed`) or 放弃 (without) while an exam is unsubmitted: continue it, or let it go
   * once told what is lost.
   */
  #askReplace(seed?: number) {
    const session = this.#session!;
    const dialog = this.$<HTMLDialogElement>('dialog.replace');
    if (seed) dialog.dataset.seed = String(seed);
    else delete dialog.dataset.seed;
    const drop = this.$('.replace-new');
    drop.textContent = (seed ? drop.dataset.start : drop.dataset.discard) ?? '';
    this.$('.replace-text').textContent = fill(this.label('replaceText'), { saved: this.#describe(session) });
    dialog.showModal();
  }

  /**
   * Offers to continue an exam saved before a reload or a closed tab, or to discard it. The page
   * lands on the offer: the browser's own scroll restoration would leave it next to 开始考试.
   */
  #offerResume() {
    const session = this.#session;
    const box = this.$('.resume');
    if (!session) return void (box.hidden = true);
    this.$('.resume-text').textContent = this.#describe(session);
    box.hidden = false;
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const heading = this.$('#exam-resume-title');
    heading.focus({ preventScroll: true });
    requestAnimationFrame(() => box.scrollIntoView({ block: 'start' }));
    this.$('.resume-go').onclick = () => this.#resume(session);
    this.$('.discard').onclick = () => this.#askReplace();
  }

  /** Points to the latest exam handed in but not yet self-assessed: its score and verdict wait for that. */
  #offerAssessment() {
    const waiting = progress
      .read()
      .exams.filter((exam) => (exam.pending ?? 0) > 0 && paperOf(exam, this.#data.papers))
      .at(-1);
    const paper = waiting && paperOf(waiting, this.#data.papers);
    const box = this.$('.awaiting');
    box.hidden = !paper;
    if (!waiting || !paper) return;
    const date = new Date(waiting.submittedAt).toLocaleString('zh-CN', { dateStyle: 'long', timeStyle: 'short' });
    this.$('.awaiting-text').textContent = fill(this.label('awaitingText'), { paper: paper.title, date, count: waiting.pending! });
    this.$<HTMLAnchorElement>('.awaiting-go').href = urls.examAttempt(waiting.id);
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
}

defineElement('exam-start', ExamStart);
export type { ExamStart };
