import { CourseElement, defineElement } from '../base/course-element.ts';
import { clientOf } from '../../question-types/client.ts';
import { markedFigures, type KeyPointsKey } from '../../question-types/key-points.ts';
import { score, type AnswerKey, type Response } from '../../question-types/scoring.ts';
import type { Result } from '../../question-types/shared.ts';
import { fill } from '../../lib/template.ts';
import { localDate } from '../../lib/dates.ts';
import { lastResponse } from '../../lib/progress/last-answer.ts';
import { percentOf } from '../../lib/rounding.ts';
import { setFavourite } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';

export type { AnswerEventDetail } from '../base/course-events.ts';

/** The labels a question reads from its page's `data-question-labels` (./question-labels.ts names every one). */
export type QuestionLabel =
  | 'correct'
  | 'wrong'
  | 'partial'
  | 'empty'
  | 'right'
  | 'wrongMark'
  | 'rightAnswer'
  | 'missed'
  | 'moved'
  | 'selfScored'
  | 'compare'
  | 'selfScore'
  | 'selfScoredMarks'
  | 'answer'
  | 'restored'
  | 'caseStep1'
  | 'caseStep2';

/**
 * Upgrades a server-rendered question: checks answers, marks them, announces the result.
 * What differs by type (reading the form, marking it) comes from src/question-types/client.ts.
 */
export class CourseQuestion extends CourseElement<QuestionLabel> {
  #key!: AnswerKey;
  /** Ordering items as first rendered, for 重做. */
  #initialOrder: HTMLElement[] = [];

  // Every question says the same things: its page gives them once (BaseLayout's `data-question-labels`),
  // and a question fetched into another page reads that page's.
  protected override labelsJson() {
    return this.closest<HTMLElement>('[data-question-labels]')?.dataset.questionLabels;
  }

  protected setup() {
    this.#key = JSON.parse(this.dataset.key!) as AnswerKey;
    // In an exam the page checks every question at once on submission: no per-question button.
    this.$('.q-actions').hidden = this.#inExam;
    // ...and announces the result once for all: thirty questions speaking at once would drown it.
    if (this.#inExam) this.$('.q-status').setAttribute('aria-live', 'off');
    // The exam page shows a case's key points itself: no steps to follow there.
    if (this.#inExam) this.$maybe('.q-case-step')?.remove();
    this.$('.q-answer').hidden = true;
    this.$$<HTMLButtonElement>('[data-move]').forEach((b) => (b.disabled = false));
    this.#initialOrder = this.$$('.q-order-item');
    this.$('form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.#check();
    });
    this.$('.q-retry').addEventListener('click', () => this.redo());
    // In a lesson and on a question's own page, the learner's last answer comes back with its marks.
    if (!this.#inExam && this.closest('[data-restore-answers]')) this.#restore();
    // The exam keeps its own answers; elsewhere a written answer being typed survives a reload.
    if (!this.#inExam) this.#keepDraft();
    // A link to #q-<id> brings the learner to this question, ready for the keyboard. The browser has usually
    // focused it already, and in a lesson this script loads once the page is idle, by when the learner may have
    // tabbed on or scrolled away: only where nothing has focus yet, and without moving the page.
    const focused = this.ownerDocument.activeElement;
    if (location.hash === `#${this.id}` && (!focused || focused === this.ownerDocument.body)) this.focus({ preventScroll: true });
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('[data-move]');
      if (button) this.#move(button);
    });
    // 收藏: the star shows whether the question is starred, and stars it or takes the star away.
    const star = this.$('.q-star');
    star.setAttribute('aria-pressed', String(this.dataset.questionId! in progress.read().favourites));
    star.addEventListener('click', () => {
      const on = star.getAttribute('aria-pressed') !== 'true';
      progress.update((d) => setFavourite(d, this.dataset.questionId!, on, Date.now()));
      star.setAttribute('aria-pressed', String(on));
    });
  }

  /** Puts a saved answer back into the form, as when an exam saved mid-way is continued. */
  restore(response: Response) {
    if (response.type === this.#key.type) this.#client.restore?.(this, response);
  }

  /**
   * 背题模式: shows the answer and explanation for reading, with the form locked so nothing is
   * answered by accident; off again, the question is as it was.
   */
  study(on: boolean) {
    const details = this.$<HTMLDetailsElement>('.q-answer');
    details.hidden = !on;
    details.open = on;
    this.$('.q-main').toggleAttribute('disabled', on);
    this.$('.q-actions').hidden = on || this.#inExam;
    // The right option is marked in place, "→ 应选这一项" (study-marks.ts, loaded on the first use).
    if (this.$$('.q-option').length)
      void import('./study-marks.ts').then(({ studyMarks }) =>
        studyMarks(this, on, (labels) => this.#client.mark(this, this.#key, score(this.#key, this.#client.read(this)), labels)),
      );
  }

  get #inExam(): boolean {
    return this.closest('[data-answer-source="exam"]') !== null;
  }

  get #client() {
    return clientOf(this.#key.type);
  }

  /**
   * Whether the learner marks this question against its answer points (简答, 案例分析): two steps, then it counts.
   * The page says so (`data-self-assessed`, from the type's traits), so the browser needs no table of types.
   */
  get #selfAssessed(): boolean {
    return this.hasAttribute('data-self-assessed');
  }

  /** The learner's current answer, scored but not marked: for an exam to read before submission. */
  grade(): { response: Response; result: Result } {
    const response = this.#client.read(this);
    return { response, result: score(this.#key, response) };
  }

  /** Self-assessed questions (in an exam too): reveals the answer points so the learner can assess their answer. */
  showKeyPoints() {
    this.#client.selfAssess?.(this, this.#key);
  }

  /** Marks the answer, shows the explanation and locks the question; announces and emits the result. */
  reveal(): Result {
    const { response, result } = this.grade();
    this.#finish(response, result);
    return result;
  }

  /** Shows the newest stored answer to this question, marked, without recording it again. */
  #restore() {
    const last = lastResponse(progress.read(), this.dataset.questionId!);
    if (last?.response.type !== this.#key.type) return;
    try {
      this.#client.restore?.(this, last.response as unknown as Response);
      if (this.#selfAssessed) this.showKeyPoints();
      const response = this.#client.read(this);
      const result = score(this.#key, response);
      if (result.empty) return this.redo(false);
      this.#finish(response, result, false);
    } catch {
      // A stored answer that no longer fits the question (the question changed): start afresh.
      return this.redo(false);
    }
    this.$('.q-retry').hidden = false;
    // Said once per page (the first question shown again), not over every question.
    const scope = this.closest('[data-restore-answers]');
    if (scope?.querySelector('.q-restored:not([hidden])')) return;
    const note = this.$('.q-restored');
    note.textContent = fill(this.label('restored'), { date: localDate(last.at) });
    note.hidden = false;
  }

  /** Where the written answer being typed is kept: for the browser session, until the answer is recorded. */
  get #draftKey(): string {
    return `course-draft:${this.dataset.questionId}`;
  }

  /**
   * A written answer typed but not yet recorded comes back after a reload, or after a phone dropped the tab
   * in the background; sessionStorage, because a draft matters only until the learner moves on.
   */
  #keepDraft() {
    const field = this.$maybe<HTMLTextAreaElement>('textarea.q-written');
    if (!field) return;
    const draft = sessionDraft(this.#draftKey);
    if (draft && !field.value && !this.$('.q-main').hasAttribute('disabled')) field.value = draft;
    field.addEventListener('input', () => sessionDraft(this.#draftKey, field.value));
  }

  #check() {
    const key = this.#key;
    const response = this.#client.read(this);
    const points = this.$maybe('.q-keypoints');
    if (points?.hidden) {
      // First step of a written answer: reveal the key points, with hints from the keywords. The question
      // counts only once the self-assessment is recorded, so the next step is said and marked.
      if (!this.#client.answerText(this)) return this.#say(this.label('empty'));
      this.showKeyPoints();
      this.$('.q-check').textContent = this.label('selfScore');
      this.#caseStep('caseStep2');
      this.dataset.awaitingSelfAssessment = '';
      this.emit('course:case-compared', { id: this.dataset.questionId! });
      points.querySelector('input')?.focus();
      return;
    }
    const result = score(key, response);
    if (result.empty) return this.#say(this.label('empty'));
    this.#finish(response, result);
    const retry = this.$('.q-retry');
    retry.hidden = false;
    retry.focus();
  }

  #finish(response: Response, result: Result, record = true) {
    const key = this.#key;
    delete this.dataset.awaitingSelfAssessment;
    delete this.dataset.redoing;
    this.#caseStep('');
    this.#client.mark(this, key, result, {
      right: this.label('right'),
      wrongMark: this.label('wrongMark'),
      rightAnswer: this.label('rightAnswer'),
      missed: this.label('missed'),
      answer: this.label('answer'),
    });
    this.$('.q-main').toggleAttribute('disabled', true);
    this.$('.q-explanation').hidden = false;
    this.$('.q-check').hidden = true;
    const percent = percentOf(result.score);
    const marked = this.#selfAssessed ? markedFigures(key as unknown as KeyPointsKey, result) : undefined;
    this.#say(
      marked
        ? fill(this.label('selfScoredMarks'), { percent, ...marked })
        : this.#selfAssessed
          ? fill(this.label('selfScored'), { percent, ticked: result.parts.filter(Boolean).length, total: result.parts.length })
          : result.correct
            ? this.label('correct')
            : result.score > 0
              ? fill(this.label('partial'), { percent })
              : this.label('wrong'),
    );
    if (!record) return;
    sessionDraft(this.#draftKey, '');
    this.emit('course:answer', {
      id: this.dataset.questionId!,
      type: key.type,
      correct: result.correct,
      score: result.score,
      response,
      source: this.closest<HTMLElement>('[data-answer-source]')?.dataset.answerSource ?? 'lesson',
      answerText: this.#client.answerText(this),
    });
  }

  /** 重做: clears the answer and its marks, so the question can be answered afresh (nothing stored is removed). */
  redo(focus = true) {
    for (const el of this.$$('.q-verdict, .q-option-feedback, .q-explanation, .q-restored')) el.hidden = true;
    this.$<HTMLFormElement>('form').reset();
    const list = this.$maybe('.q-order');
    if (list) list.append(...this.#initialOrder);
    this.$('.q-main').toggleAttribute('disabled', false);
    this.$('.q-retry').hidden = true;
    const check = this.$('.q-check');
    check.hidden = false;
    delete this.dataset.awaitingSelfAssessment;
    // Until it is answered anew, the question counts as open (the lesson's status says so).
    this.dataset.redoing = '';
    this.emit('course:redo', { id: this.dataset.questionId! });
    if (this.#selfAssessed) {
      this.$('.q-keypoints').hidden = true;
      check.textContent = this.label('compare');
      this.#caseStep('caseStep1');
    }
    this.#say('');
    if (focus) this.$maybe('.q-main input, .q-main select, .q-main textarea, .q-main button')?.focus();
  }

  /** A self-assessed question's step line: what to do now to finish it. */
  #caseStep(step: 'caseStep1' | 'caseStep2' | '') {
    const line = this.$maybe('.q-case-step');
    if (line) line.textContent = step ? this.label(step) : '';
  }

  #move(button: HTMLButtonElement) {
    const li = button.closest('li')!;
    const step = Number(button.dataset.move);
    const sibling = step < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) return;
    if (step < 0) sibling.before(li);
    else sibling.after(li);
    button.focus();
    const items = this.$$('.q-order-item');
    this.#say(fill(this.label('moved'), { item: li.querySelector('.q-order-text')!.textContent, position: items.indexOf(li) + 1 }));
  }

  #say(message: string) {
    this.$('.q-status').textContent = message;
  }
}

/**
 * Reads the draft kept under `key`, or with `text` keeps it ('' forgets it). Storage that is full or refused
 * (a private window) only means the draft is not kept.
 */
function sessionDraft(key: string, text?: string): string {
  try {
    if (text === undefined) return sessionStorage.getItem(key) ?? '';
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  } catch {}
  return text ?? '';
}

defineElement('course-question', CourseQuestion);
