import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { lessonToContinue } from '../../lib/continue.ts';
import { fill } from '../../lib/template.ts';

interface Data {
  lessons: Record<string, { title: string; href: string }>;
  /** Every question id of the course: attempts at removed questions are not counted. */
  questions: string[];
}

/** Shows "继续学习" and "今日待复习 N 题" on the home page when there is something to show. */
class CourseHomeStatus extends HTMLElement {
  async connectedCallback() {
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    const { lessons, questions } = readPageData<Data>(this, { lessons: {}, questions: [] });
    const data = progress.read();
    const lessonId = lessonToContinue(data.lessons, Object.keys(lessons));
    if (lessonId) {
      const link = this.querySelector<HTMLAnchorElement>('.continue a')!;
      link.href = lessons[lessonId]!.href;
      link.textContent = lessons[lessonId]!.title;
      this.#show('.continue');
    }
    const known = new Set(questions);
    if (!Object.keys(data.attempts).some((id) => known.has(id))) return;
    // The scheduler (ts-fsrs) is loaded only for learners who have answered something.
    const { dueToday, reviewSchedule } = await import('../../lib/review.ts');
    const now = Date.now();
    const due = dueToday(reviewSchedule(data.attempts, now), now).filter((id) => known.has(id)).length;
    if (due === 0) return;
    this.querySelector('.due a')!.textContent = fill(this.dataset.due!, { count: due });
    this.#show('.due');
  }

  #show(selector: string) {
    this.querySelector<HTMLElement>(selector)!.hidden = false;
    this.hidden = false;
  }
}

if (!customElements.get('course-home-status')) customElements.define('course-home-status', CourseHomeStatus);
