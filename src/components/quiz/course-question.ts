import { keyPointHints, score, type AnswerKey, type Response, type Result } from '../../lib/scoring.ts';
import { fill } from '../../lib/template.ts';

/** Detail of the `course:answer` event a question emits each time it is checked. */
export interface AnswerEventDetail {
  id: string;
  type: AnswerKey['type'];
  correct: boolean;
  score: number;
  response: Response;
  /** Where it was answered, from the nearest `data-answer-source` (lesson, practice, exam, review). */
  source: string;
  /** What the learner answered, as text, for the wrong-answer notebook. */
  answerText: string;
}

type Labels = Record<'correct' | 'wrong' | 'partial' | 'empty' | 'right' | 'wrongMark' | 'moved' | 'selfScored' | 'compare' | 'selfScore', string>;


/** Upgrades a server-rendered question: checks answers, marks them, announces the result. */
class CourseQuestion extends HTMLElement {
  #key!: AnswerKey;
  #labels!: Labels;

  connectedCallback() {
    if (this.#key) return;
    this.#key = JSON.parse(this.dataset.key!);
    this.#labels = JSON.parse(this.dataset.labels!);
    // In an exam the page checks every question at once on submission: no per-question button.
    this.$('.q-actions').hidden = this.#inExam;
    // ...and announces the result once for all: thirty questions speaking at once would drown it.
    if (this.#inExam) this.$('.q-status').setAttribute('aria-live', 'off');
    this.$('.q-answer').hidden = true;
    this.$$<HTMLButtonElement>('[data-move]').forEach((b) => (b.disabled = false));
    this.$('form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.#check();
    });
    this.$('.q-retry').addEventListener('click', () => this.#retry());
    // A link to #q-<id> brings the learner to this question, ready for the keyboard.
    if (location.hash === `#${this.id}`) this.focus();
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('[data-move]');
      if (button) this.#move(button);
    });
  }

  get #inExam(): boolean {
    return this.closest('[data-answer-source="exam"]') !== null;
  }

  /** The learner's current answer, scored but not marked: for an exam to read before submission. */
  grade(): { response: Response; result: Result } {
    const response = this.#response();
    return { response, result: score(this.#key, response) };
  }

  /** Case questions in an exam: reveals the key points so the learner can assess their answer. */
  showKeyPoints() {
    if (this.#key.type !== 'case') return;
    this.$('.q-keypoints').hidden = false;
    keyPointHints(this.$<HTMLTextAreaElement>('textarea').value, this.#key.keywords).forEach((hit, i) => (this.$$('.q-hint-mark')[i]!.hidden = !hit));
  }

  /** Marks the answer, shows the explanation and locks the question; announces and emits the result. */
  reveal(): Result {
    const { response, result } = this.grade();
    this.#finish(response, result);
    return result;
  }

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  $$<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }

  #checked(scope: ParentNode): HTMLInputElement[] {
    return [...scope.querySelectorAll<HTMLInputElement>('input:checked')];
  }

  #response(): Response {
    const key = this.#key;
    const main = this.$('.q-main');
    switch (key.type) {
      case 'single': {
        const [c] = this.#checked(main);
        return { type: 'single', selected: c ? Number(c.value) : null };
      }
      case 'multiple':
        return { type: 'multiple', selected: this.#checked(main).map((c) => Number(c.value)) };
      case 'truefalse': {
        const [c] = this.#checked(main);
        return { type: 'truefalse', selected: c ? c.value === 'true' : null };
      }
      case 'order':
        return { type: 'order', sequence: this.$$('.q-order-item').map((li) => Number(li.dataset.index)) };
      case 'categorize': {
        const assigned: (string | null)[] = [];
        for (const s of this.$$<HTMLSelectElement>('select')) assigned[Number(s.dataset.index)] = s.value || null;
        return { type: 'categorize', assigned };
      }
      case 'fill':
        return { type: 'fill', values: this.$$<HTMLInputElement>('.q-blank input').map((i) => i.value) };
      case 'dialogue':
        return { type: 'dialogue', selected: this.$$('.q-turn').map((turn) => Number(this.#checked(turn)[0]?.value ?? NaN)).map((n) => (Number.isNaN(n) ? null : n)) };
      case 'case':
        return { type: 'case', text: this.$<HTMLTextAreaElement>('textarea').value, ticked: this.$$<HTMLInputElement>('.q-keypoints input').map((i) => i.checked) };
    }
  }

  #check() {
    const key = this.#key;
    const points = this.$('.q-keypoints');
    const response = this.#response();
    if (key.type === 'case' && points.hidden) {
      // First step of a case: reveal the key points, with hints from the keywords.
      if (!(response as { text: string }).text.trim()) return this.#say(this.#labels.empty);
      this.showKeyPoints();
      this.$('.q-check').textContent = this.#labels.selfScore;
      points.querySelector('input')?.focus();
      return;
    }
    const result = score(key, response);
    if (result.empty) return this.#say(this.#labels.empty);
    this.#finish(response, result);
    const retry = this.$('.q-retry');
    retry.hidden = false;
    retry.focus();
  }

  #finish(response: Response, result: Result) {
    const key = this.#key;
    this.#mark(result);
    this.$('.q-main').toggleAttribute('disabled', true);
    this.$('.q-explanation').hidden = false;
    this.$('.q-check').hidden = true;
    const percent = Math.round(result.score * 100);
    this.#say(
      key.type === 'case'
        ? fill(this.#labels.selfScored, { percent, ticked: result.parts.filter(Boolean).length, total: result.parts.length })
        : result.correct ? this.#labels.correct : result.score > 0 ? fill(this.#labels.partial, { percent }) : this.#labels.wrong,
    );
    this.dispatchEvent(
      new CustomEvent<AnswerEventDetail>('course:answer', {
        bubbles: true,
        detail: {
          id: this.dataset.questionId!,
          type: key.type,
          correct: result.correct,
          score: result.score,
          response,
          source: this.closest<HTMLElement>('[data-answer-source]')?.dataset.answerSource ?? 'lesson',
          answerText: this.#answerText(),
        },
      }),
    );
  }

  #answerText(): string {
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    switch (this.#key.type) {
      case 'order':
        return this.$$('.q-order-text').map(text).join(' → ');
      case 'categorize':
        return this.$$<HTMLSelectElement>('select').map((s) => `${text(s.labels[0])}：${s.selectedOptions[0]?.value ? text(s.selectedOptions[0]) : '—'}`).join('；');
      case 'fill':
        return this.$$<HTMLInputElement>('.q-blank input').map((i) => i.value.trim() || '—').join('；');
      case 'case':
        return this.$<HTMLTextAreaElement>('textarea').value.trim();
      default:
        return this.#checked(this.$('.q-main')).map((input) => text(input.nextElementSibling)).join('；');
    }
  }

  #mark(result: Result) {
    const key = this.#key;
    const verdict = (el: Element, right: boolean, text = right ? this.#labels.right : this.#labels.wrongMark) => {
      const v = el.querySelector<HTMLElement>(':scope > .q-verdict')!;
      v.hidden = false;
      v.className = `q-verdict ${right ? 'is-right' : 'is-wrong'}`;
      v.textContent = `${right ? '✓' : '✗'} ${text}`;
    };
    // Choice-like types: mark what was picked, reveal the right option and its feedback.
    const markChoices = (scope: ParentNode, isCorrect: (value: string) => boolean) => {
      for (const li of scope.querySelectorAll<HTMLElement>('.q-option')) {
        const input = li.querySelector('input')!;
        const right = isCorrect(input.value);
        if (input.checked || right) verdict(li, right);
        const feedback = li.querySelector<HTMLElement>('.q-option-feedback');
        if (feedback && (input.checked || right)) feedback.hidden = false;
      }
    };
    if (key.type === 'single') markChoices(this, (v) => Number(v) === key.correct);
    if (key.type === 'multiple') markChoices(this, (v) => key.correct.includes(Number(v)));
    if (key.type === 'truefalse') markChoices(this, (v) => (v === 'true') === key.answer);
    if (key.type === 'dialogue') this.$$('.q-turn').forEach((turn, n) => markChoices(turn, (v) => Number(v) === key.best[n]));
    if (key.type === 'order') this.$$('.q-order-item').forEach((li, i) => verdict(li, result.parts[i]!));
    if (key.type === 'categorize') {
      for (const li of this.$$('.q-cat-row')) {
        const select = li.querySelector('select')!;
        const index = Number(select.dataset.index);
        const rightLabel = [...select.options].find((o) => o.value === key.categories[index])?.text ?? '';
        verdict(li, result.parts[index]!, result.parts[index] ? undefined : `${this.#labels.wrongMark}:${rightLabel}`);
      }
    }
    if (key.type === 'fill') this.$$('.q-blank').forEach((li, i) => verdict(li, result.parts[i]!, result.parts[i] ? undefined : `${this.#labels.wrongMark}:${key.accept[i]![0]}`));
  }

  #retry() {
    for (const el of this.$$('.q-verdict, .q-option-feedback, .q-explanation')) el.hidden = true;
    this.$('.q-main').toggleAttribute('disabled', false);
    this.$('.q-retry').hidden = true;
    const check = this.$('.q-check');
    check.hidden = false;
    if (this.#key.type === 'case') {
      this.$('.q-keypoints').hidden = true;
      check.textContent = this.#labels.compare;
    }
    this.#say('');
    this.$<HTMLElement>('.q-main input, .q-main select, .q-main textarea, .q-main button')?.focus();
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
    this.#say(fill(this.#labels.moved, { item: li.querySelector('.q-order-text')!.textContent!, position: items.indexOf(li) + 1 }));
  }

  #say(message: string) {
    this.$('.q-status').textContent = message;
  }
}

if (!customElements.get('course-question')) customElements.define('course-question', CourseQuestion);
