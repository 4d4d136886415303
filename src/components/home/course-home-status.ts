import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { nextLessonToStudy } from '../../lib/continue.ts';
import { pathProgress } from '../../lib/path-progress.ts';
import { pathStepKey } from '../../lib/progress/record.ts';
import { CUSTOM_PATH_ID } from '../../lib/progress/types.ts';
import { exportReminderDue } from '../../lib/progress/lesson-state.ts';
import { fill } from '../../lib/template.ts';
import { addressAtPlace } from '../../lib/reading-place.ts';
import { readReadingPlaces } from '../lesson/reading-places.ts';
import type { ProgressData } from '../../lib/progress/types.ts';
import type { PathStep } from '../../schemas/path.ts';

interface Link {
  title: string;
  href: string;
}

export interface HomeStatusData {
  lessons: Record<string, Link>;
  /** Every question id of the course: attempts at removed questions are not counted. */
  questions: string[];
  /** Each module's practice set, a step a trainer's custom path may hold. */
  practice: Record<string, Link>;
  /** The custom path page, where a custom path's link leads with its query. */
  customPath: string;
  /** The course's learning paths, each step with where it leads. */
  paths: Record<string, PathLinks>;
}

type PathLinks = Link & { steps: (PathStep & Link)[] };

export type HomeStatusLabel = 'due' | 'pathCount' | 'lessonCount' | 'customTitle';

/**
 * Puts "继续学习" first once the learner has studied (along the path they follow, if any, shown
 * above it), and shows "今日待复习 N 题" and the export reminder.
 */
class CourseHomeStatus extends CourseElement<HomeStatusLabel> {
  #data!: HomeStatusData;
  /** Renders under way: one that ends after a newer one began leaves the page to it. */
  #renders = 0;

  protected setup() {
    this.#data = readPageData<HomeStatusData>(this, { lessons: {}, questions: [], practice: {}, customPath: '', paths: {} });
    progress.subscribe((data) => void this.#render(data));
    void this.#render(progress.read());
  }

  /**
   * The path followed, how far along it the learner is, and its next step (absent once all are done). A
   * custom path's practice is open-ended: only its lessons are counted.
   */
  async #path(data: ProgressData) {
    const custom = data.path?.id === CUSTOM_PATH_ID && data.path.link;
    // The link reader loads only for a learner on a custom path.
    const path = custom ? (await import('./custom-path-links.ts')).customPathLinks(custom, this.#data, this.label('customTitle')) : data.path && this.#data.paths[data.path.id];
    if (!path) return undefined;
    const completed = new Set(Object.keys(data.lessons).filter((id) => data.lessons[id]!.completedAt !== undefined));
    const practiceDone = custom ? undefined : new Set(path.steps.flatMap((s) => ('practice' in s && data.pathSteps[pathStepKey(data.path!.id, s.practice)] ? [s.practice] : [])));
    const { done, total, next } = pathProgress(path.steps, completed, practiceDone);
    return { path, done, total, next: next as (PathStep & Link) | undefined, custom: Boolean(custom) };
  }

  async #render(data: ProgressData) {
    const { lessons, questions } = this.#data;
    const render = ++this.#renders;
    const followed = await this.#path(data);
    if (render !== this.#renders) return;
    const lessonId = nextLessonToStudy(data.lessons, Object.keys(lessons));
    // The path's next step if there is one, else the lesson to continue; and the lesson it is, if it is one.
    const step = followed?.next;
    const next: Link | undefined = step ?? (lessonId ? lessons[lessonId] : undefined);
    const nextLesson = step ? ('lesson' in step ? step.lesson : undefined) : lessonId;
    this.$('.my-path').hidden = !followed;
    this.classList.toggle('following', !!followed);
    if (followed) {
      Object.assign(this.$<HTMLAnchorElement>('.path-link'), { href: followed.path.href, textContent: followed.path.title });
      this.$('.path-count').textContent = fill(this.label(followed.custom ? 'lessonCount' : 'pathCount'), { done: followed.done, total: followed.total });
    }
    const line = this.$('.continue');
    line.hidden = !next;
    this.classList.toggle('studied', !!next);
    if (next) {
      const link = this.$<HTMLAnchorElement>('.continue a');
      // A lesson left half-read opens where the learner stopped reading it (on this device).
      link.href = addressAtPlace(next.href, nextLesson === undefined ? undefined : readReadingPlaces()[nextLesson]);
      link.querySelector('strong')!.textContent = next.title;
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
    this.$('.due a').textContent = fill(this.label('due'), { count: due });
    this.$('.due').hidden = due === 0;
    this.$('.extras').hidden = this.$$('.extras > li:not([hidden])').length === 0;
  }
}

defineElement('course-home-status', CourseHomeStatus);
