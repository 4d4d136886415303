import { CourseElement, defineElement } from '../base/course-element.ts';
import { setPracticePosition } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';
import { clampPosition } from '../../lib/practice.ts';
import { fill } from '../../lib/template.ts';

/** The method of `course-question` study mode uses. */
interface StudyQuestion extends HTMLElement {
  study(on: boolean): void;
}

/**
 * Module practice: remembers the last question answered as `progress.practice[<module>]` (its
 * index on the page) and offers a link back to it; the practice hub names the same number.
 */
class CourseModulePractice extends CourseElement<'jump'> {
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
      history.replaceState(null, '', `#${target.id}`);
      target.focus();
    });
  }
}

defineElement('course-module-practice', CourseModulePractice);
