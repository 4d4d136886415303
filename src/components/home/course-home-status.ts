import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { nextLessonToStudy } from '../../lib/continue.ts';
import { exportReminderDue } from '../../lib/progress/lesson-state.ts';
import { fill } from '../../lib/template.ts';
import type { ProgressData } from '../../lib/progress/types.ts';

interface Data {
  lessons: Record<string, { title: string; href: string }>;
  /** Every question id of the course: attempts at removed questions are not counted. */
  questions: string[];
}

/** Puts "继续学习" first once the learner has studied, and shows "今日待复习 N 题" and the export reminder. */
class CourseHomeStatus extends CourseElement {
  #data!: Data;

  protected setup() {
    this.#data = readPageData<Data>(this, { lessons: {}, questions: [] });
    progress.subscribe((data) => void this.#render(data));
    void this.#render(progress.read());
  }

  async #render(data: ProgressData) {
    const { lessons, questions } = this.#data;
    const lessonId = nextLessonToStudy(data.lessons, Object.keys(lessons));
    const line = this.$('.continue');
    line.hidden = !lessonId;
    this.classList.toggle('studied', !!lessonId);
    if (lessonId) {
      const link = this.$<HTMLAnchorElement>('.continue a');
      link.href = lessons[lessonId]!.href;
      link.querySelector('strong')!.textContent = lessons[lessonId]!.title;
    }
    this.$('.export-reminder').hidden = !exportReminderDue(data, Date.now());
    const known = new Set(questions);
    let due = 0;
    if (Object.keys(data.attempts).some((id) => known.has(id))) {
      // The scheduler (ts-fsrs) is loaded only for learners who have answered something.
      const { dueForReview, reviewSchedule } = await import('../../lib/review.ts');
      const now = Date.now();
      due = dueForReview(reviewSchedule(data.attempts, now), now).filter((id) => known.has(id)).length;
    }
    this.$('.due a').textContent = fill(this.dataset.due!, { count: due });
    this.$('.due').hidden = due === 0;
    this.$('.extras').hidden = this.$$('.extras > li:not([hidden])').length === 0;
  }
}

defineElement('course-home-status', CourseHomeStatus);
