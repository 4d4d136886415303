import { CourseElement, defineElement } from '../base/course-element.ts';
import { setPracticePosition } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';
import { clampPosition } from '../../lib/practice.ts';
import { fill } from '../../lib/template.ts';
import { OneAtATime } from '../base/one-at-a-time.ts';

/** The method of `course-question` study mode uses. */
interface StudyQuestion extends HTMLElement {
  study(on: boolean): void;
}

/**
 * Module practice: remembers the last question answered as `progress.practice[<module>]` (its
 * index on the page) and offers a link back to it; the practice hub names the same number.
 */
class CourseModulePractice extends CourseElement<'jump' | 'jumpInvalid'> {
  #pager?: OneAtATime;

  /** 跳到第 n 题: shows (in one-at-a-time mode) and focuses question n of the page. */
  #numberJump(questions: HTMLElement[]) {
    this.$('.number-jump').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = this.$<HTMLInputElement>('#practice-jump-number');
      const n = Number(input.value.trim());
      const error = this.$('.number-jump-error');
      if (!Number.isInteger(n) || n < 1 || n > questions.length) {
        error.textContent = fill(this.label('jumpInvalid'), { total: questions.length });
        input.setAttribute('aria-invalid', 'true');
        return input.focus();
      }
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      this.#goto(questions, n - 1);
    });
  }

  #goto(questions: HTMLElement[], index: number) {
    const target = questions[index]!;
    history.replaceState(null, '', `#${target.id}`);
    if (this.#pager?.on) this.#pager.show(index);
    target.focus();
  }

  /** 背题模式: every question shows its answer and explanation; kept in the address (`?mode=study`) so a reload keeps it. */
  #studyMode(questions: StudyQuestion[]) {
    const toggle = this.$<HTMLButtonElement>('.study-toggle');
    const apply = (on: boolean) => {
      toggle.setAttribute('aria-pressed', String(on));
      for (const question of questions) question.study(on);
      const url = new URL(location.href);
      if (on) url.searchParams.set('mode', 'study');
      else url.searchParams.delete('mode');
      history.replaceState(history.state, '', url);
    };
    toggle.addEventListener('click', () => apply(toggle.getAttribute('aria-pressed') !== 'true'));
    if (new URLSearchParams(location.search).get('mode') === 'study') void customElements.whenDefined('course-question').then(() => apply(true));
  }

  protected setup() {
    const module = this.dataset.module!;
    const questions = this.$$('course-question');
    this.addEventListener('course:answer', (event) => {
      const index = questions.indexOf((event.target as Element).closest('course-question')!);
      if (index >= 0) progress.update((d) => setPracticePosition(d, module, index));
    });
    this.#studyMode(questions as StudyQuestion[]);
    this.#numberJump(questions);
    // 一题一屏: one question per screen; a lesson's heading shows with its questions only.
    this.#pager = new OneAtATime(this.$('.one-at-a-time'), questions, (index) => {
      for (const section of this.$$('section')) section.hidden = index !== null && !section.contains(questions[index] ?? null);
    });
    const last = progress.read().practice[module];
    if (last === undefined || questions.length === 0) return;
    // The module may have lost questions since: stay within the page.
    const index = clampPosition(last, questions.length);
    const target = questions[index]!;
    const jump = this.$('.jump');
    const link = jump.querySelector('a')!;
    link.href = `#${target.id}`;
    link.textContent = fill(this.label('jump'), { n: index + 1 });
    jump.hidden = false;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.#goto(questions, index);
    });
  }
}

defineElement('course-module-practice', CourseModulePractice);
