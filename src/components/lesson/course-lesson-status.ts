import { progress } from '../progress/progress-client.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { markComplete } from '../../lib/progress/record.ts';
import { quizStatus, quizStatusText, type QuizStatusLabels } from '../../lib/progress/completion.ts';
import type { ProgressData } from '../../lib/progress/types.ts';

/** The lesson's completion block: quiz status, "本课已完成", "全部重做" and "标记为已学完". */
class CourseLessonStatus extends CourseElement<keyof QuizStatusLabels> {
  #lesson!: HTMLElement;

  protected setup() {
    this.#lesson = this.closest<HTMLElement>('[data-lesson-id]')!;
    const lessonId = this.#lesson.dataset.lessonId!;
    this.$('.mark-done').addEventListener('click', () => {
      progress.update((d) => markComplete(d, lessonId, Date.now()));
      this.$('.done-status').focus();
    });
    this.$maybe('.redo-all')?.addEventListener('click', () => this.#redoAll());
    // A case question's key points opened: its self-assessment is now what is missing.
    this.#lesson.addEventListener('course:case-compared', () => this.#render(progress.read()));
    // 重做 on a question: the status counts it as open again.
    this.#lesson.addEventListener('course:redo', () => this.#render(progress.read()));
    progress.subscribe((data) => this.#render(data));
    this.#render(progress.read());
  }

  /** Every question of the lesson page, in order (each once). */
  #questions(): HTMLElement[] {
    const seen = new Set<string>();
    return [...this.#lesson.querySelectorAll<HTMLElement>('[data-question-id]')].filter((q) => !seen.has(q.dataset.questionId!) && !!seen.add(q.dataset.questionId!));
  }

  #render(data: ProgressData) {
    const questions = this.#questions();
    const done = data.lessons[this.#lesson.dataset.lessonId!]?.completedAt !== undefined;
    this.$('.done-status').hidden = !done;
    this.$('.mark-line').hidden = done;
    const text = this.$maybe('.quiz-status');
    if (!text || !questions.length) return;
    const awaiting = new Set(questions.filter((q) => q.dataset.awaitingSelfAssessment !== undefined).map((q) => q.dataset.questionId!));
    const redoing = new Set(questions.filter((q) => q.dataset.redoing !== undefined).map((q) => q.dataset.questionId!));
    const status = quizStatus(
      questions.map((q) => q.dataset.questionId!),
      data.attempts,
      awaiting,
      redoing,
    );
    text.hidden = false;
    text.textContent = quizStatusText(status, this.#labels());
    this.$('.redo-all').hidden = status.answered === 0;
  }

  #labels(): QuizStatusLabels {
    const label = (key: keyof QuizStatusLabels) => this.label(key);
    return {
      count: label('count'),
      missing: label('missing'),
      questions: label('questions'),
      selfAssessment: label('selfAssessment'),
      and: label('and'),
      separator: label('separator'),
      complete: label('complete'),
    };
  }

  #redoAll() {
    const questions = this.#questions();
    for (const q of questions) (q as HTMLElement & { redo?: (focus: boolean) => void }).redo?.(false);
    questions[0]?.focus();
  }
}

defineElement('course-lesson-status', CourseLessonStatus);
