import { CourseElement, defineElement } from '../base/course-element.ts';
import { readPageData } from '../page-data.ts';
import { progress } from '../progress/progress-client.ts';
import { replaceProgress } from '../../lib/progress/record.ts';
import { mergeProgress } from '../../lib/progress/transfer.ts';
import type { QuestionType } from '../../question-types/shared.ts';
import type { PaperKind } from '../../lib/exam-papers.ts';
import { findApi, LmsSession } from '../../lib/scorm/session.ts';

/** What the launch page tells its element about the package. */
export interface LmsPageData {
  /** The lessons whose completion completes the package. */
  lessonIds: string[];
  /** Every lesson of the course, so restored progress of any of them is kept. */
  allLessonIds: string[];
  questionTypes: Record<string, QuestionType>;
  papers: PaperKind[];
}

export type LmsLabel = 'failed';

/**
 * The SCORM launch page's element: finds the LMS's API, opens one session for the visit, merges what
 * the LMS kept with this browser's progress, shows the course in its frame (at the last lesson) and
 * reports every change of progress, which the course's pages in the frame write to the shared storage.
 * Without an LMS it simply opens the course, which then behaves exactly as the website does.
 */
class CourseLms extends CourseElement<LmsLabel> {
  protected setup(): void {
    const found = findApi(window);
    const home = new URL(this.dataset.home!, location.href).href;
    if (!found) return void location.replace(home);
    const page = readPageData<LmsPageData>(this, { lessonIds: [], allLessonIds: [], questionTypes: {}, papers: [] });
    const frame = this.$<HTMLIFrameElement>('iframe');
    const status = this.$('.lms-status');
    const session = new LmsSession(found, { lessonIds: page.lessonIds, questionTypes: page.questionTypes, papers: page.papers });
    const started = session.start({ lessonIds: page.allLessonIds, questionIds: Object.keys(page.questionTypes) });
    if (!started) {
      status.textContent = this.label('failed');
    } else {
      status.textContent = '';
      const restored = started.restored;
      // Neither copy wins: what this browser and the LMS kept are merged, so an older copy loses nothing.
      if (restored) progress.update((d) => replaceProgress(d, mergeProgress(d, restored).data));
      session.knownAnswers(progress.read());
      session.report(progress.read(), { commit: true });
      progress.subscribe((data) => session.report(data));
      // Each page the learner leaves in the frame is a point to commit at.
      frame.addEventListener('load', () => {
        session.report(progress.read(), { commit: true });
        document.title = frame.contentDocument?.title || document.title;
      });
      addEventListener('pagehide', () => session.finish(progress.read()));
    }
    const resume = started?.location && page.allLessonIds.includes(started.location) ? `${this.dataset.lessons}${started.location}/` : home;
    frame.src = new URL(resume, location.href).href;
    frame.hidden = false;
  }
}

defineElement('course-lms', CourseLms);
