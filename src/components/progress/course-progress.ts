import { progress } from './progress-client.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { markComplete, recordAttempt, recordStudyTime, recordVisit } from '../../lib/progress/record.ts';
import { quizAnswered } from '../../lib/progress/completion.ts';
import { completedCount, lessonState } from '../../lib/progress/lesson-state.ts';
import { fill } from '../../lib/template.ts';
import type { AnswerEventDetail } from '../base/course-events.ts';
import type { AttemptSource, ProgressData, StoredResponse } from '../../lib/progress/types.ts';

type Labels = 'completed' | 'visited' | 'new' | 'moduleCount';

/**
 * Wraps every page's main content: records answers, lesson visits, study time and completion,
 * marks each lesson in lesson lists as done / started / not started and fills module progress bars,
 * and tells the learner when progress cannot be kept.
 */
class CourseProgress extends CourseElement<Labels> {
  #lessonId?: string;
  #since = Date.now();

  protected setup() {
    this.#lessonId = this.$maybe('article[data-lesson-id]')?.dataset.lessonId;
    this.addEventListener('course:answer', (event) => this.#record(event.detail));
    progress.subscribe((data) => this.#render(data));
    if (this.#lessonId) this.#trackLesson(this.#lessonId);
    this.#render(progress.read());
    this.#notify();
  }

  #record(detail: AnswerEventDetail) {
    const source = (['lesson', 'practice', 'exam', 'review'].includes(detail.source) ? detail.source : 'lesson') as AttemptSource;
    const lesson = this.#lessonId;
    progress.update((d) => {
      const response = detail.response as unknown as StoredResponse;
      recordAttempt(d, detail.id, { at: Date.now(), correct: detail.correct, score: detail.score, source, answer: detail.answerText, response });
      if (lesson && quizAnswered(this.#lessonQuestions(), d.attempts)) markComplete(d, lesson, Date.now());
    });
    this.#notify();
  }

  /** The lesson's quiz: every question shown on the lesson page. */
  #lessonQuestions(): string[] {
    return this.$$('article[data-lesson-id] [data-question-id]').map((q) => q.dataset.questionId!);
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
  }

  #render(data: ProgressData) {
    // Marks appear once the learner has studied something: thirty "未开始" on a first visit say nothing.
    const studied = Object.keys(data.lessons).length > 0;
    for (const item of this.$$('li[data-lesson-id]')) {
      const mark = item.querySelector<HTMLElement>(':scope > .lesson-state');
      if (!mark) continue;
      const state = lessonState(data, item.dataset.lessonId!);
      mark.hidden = !studied;
      mark.dataset.state = item.dataset.state = state;
      mark.textContent = this.label(state);
    }
    for (const box of this.$$('[data-module-lessons]')) {
      const ids = box.dataset.moduleLessons!.split(' ');
      const done = completedCount(data, ids);
      box.hidden = !studied;
      box.querySelector('progress')!.value = done;
      box.querySelector('.module-progress-text')!.textContent = fill(this.label('moduleCount'), { done, total: ids.length });
    }
  }

  #notify() {
    const box = this.$maybe('.progress-notice');
    if (!box) return;
    const { notices } = progress.status();
    const messages = notices.map((n) => box.dataset[n.kind] ?? '').filter(Boolean);
    // Once shown, a notice stays for the rest of the page: a repair is reported only once.
    if (!messages.length) return;
    box.hidden = false;
    box.querySelector('p')!.textContent = messages.join(' ');
  }
}

defineElement('course-progress', CourseProgress);
