import { progress } from './progress-client.ts';
import { markComplete, recordAttempt, recordStudyTime, recordVisit } from '../../lib/progress/record.ts';
import type { AnswerEventDetail } from '../quiz/course-question.ts';
import type { AttemptSource, ProgressData } from '../../lib/progress/types.ts';

/**
 * Wraps every page's main content: records answers, lesson visits, study time and completion,
 * marks completed lessons in lesson lists, and tells the learner when progress cannot be kept.
 */
class CourseProgress extends HTMLElement {
  #lessonId?: string;
  #since = Date.now();

  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = '';
    this.#lessonId = this.querySelector<HTMLElement>('article[data-lesson-id]')?.dataset.lessonId;
    this.addEventListener('course:answer', (event) => this.#record((event as CustomEvent<AnswerEventDetail>).detail));
    if (this.#lessonId) this.#trackLesson(this.#lessonId);
    this.#render(progress.read());
    this.#notify();
    // Another tab recorded something: show it here too.
    addEventListener('storage', (event) => event.key === 'course-progress' && this.#render(progress.read()));
  }

  #record(detail: AnswerEventDetail) {
    const source = (['lesson', 'practice', 'exam', 'review'].includes(detail.source) ? detail.source : 'lesson') as AttemptSource;
    const data = progress.update((d) => {
      recordAttempt(d, detail.id, { at: Date.now(), correct: detail.correct, score: detail.score, source, answer: detail.answerText });
      const lesson = this.#lessonId;
      // A lesson is complete once every question of its quiz has been answered.
      if (lesson && this.#lessonQuestions().every((id) => d.attempts[id]?.length)) markComplete(d, lesson, Date.now());
    });
    this.#render(data);
    this.#notify();
  }

  #lessonQuestions(): string[] {
    return [...this.querySelectorAll<HTMLElement>('article[data-lesson-id] [data-question-id]')].map((q) => q.dataset.questionId!);
  }

  #trackLesson(lessonId: string) {
    progress.update((d) => recordVisit(d, lessonId, Date.now()));
    const flush = () => {
      const seconds = Math.round((Date.now() - this.#since) / 1000);
      this.#since = Date.now();
      // Longer than an hour without a break is a tab left open, not study.
      if (seconds > 0 && seconds < 3600) progress.update((d) => recordStudyTime(d, lessonId, seconds));
    };
    addEventListener('visibilitychange', () => (document.hidden ? flush() : (this.#since = Date.now())));
    addEventListener('pagehide', flush);
    const button = this.querySelector<HTMLButtonElement>('.mark-done');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      this.#render(progress.update((d) => markComplete(d, lessonId, Date.now())));
      this.#notify();
      this.querySelector<HTMLElement>('.done-status')?.focus();
    });
  }

  #render(data: ProgressData) {
    for (const item of this.querySelectorAll<HTMLElement>('li[data-lesson-id]')) {
      const mark = item.querySelector<HTMLElement>('.done-mark');
      if (mark) mark.hidden = !data.lessons[item.dataset.lessonId!]?.completedAt;
    }
    const completed = this.#lessonId && data.lessons[this.#lessonId]?.completedAt;
    const status = this.querySelector<HTMLElement>('.done-status');
    const button = this.querySelector<HTMLElement>('.mark-done');
    if (status && completed) {
      status.hidden = false;
      if (button) button.hidden = true;
    }
  }

  #notify() {
    const box = this.querySelector<HTMLElement>('.progress-notice');
    if (!box) return;
    const { notices } = progress.status();
    const messages = notices.map((n) => box.dataset[n.kind] ?? '').filter(Boolean);
    // Once shown, a notice stays for the rest of the page: a repair is reported only once.
    if (!messages.length) return;
    box.hidden = false;
    box.querySelector('p')!.textContent = messages.join(' ');
  }
}

if (!customElements.get('course-progress')) customElements.define('course-progress', CourseProgress);
