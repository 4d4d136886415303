import Cmi5 from '@xapi/cmi5';
import type { PaperKind } from '../../lib/exam-papers.ts';
import type { Statement as XapiStatement } from '@xapi/xapi';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { readPageData } from '../page-data.ts';
import { progress } from '../progress/progress-client.ts';
import { replaceProgress } from '../../lib/progress/record.ts';
import { mergeProgress } from '../../lib/progress/transfer.ts';
import type { QuestionType } from '../../question-types/shared.ts';
import { fill } from '../../lib/template.ts';
import { lastLesson } from '../../lib/scorm/report.ts';
import { STATE_ID, type AuCourse, type AuKind, type LaunchInfo } from '../../lib/cmi5/statements.ts';
import { Cmi5Session, type Cmi5Sender } from '../../lib/cmi5/session.ts';

/** What a cmi5 launch page tells its element. */
export interface Cmi5PageData {
  au: AuKind;
  /** Lessons whose completion completes the course AU. */
  lessonIds: string[];
  /** Every lesson of the course, so restored progress of any of them is kept. */
  allLessonIds: string[];
  lessonTitles: Record<string, string>;
  questionTypes: Record<string, QuestionType>;
  /** The exam's own pass mark, used when the LMS gives no masteryScore. */
  passMark: number;
  papers: PaperKind[];
}

export type Cmi5Label = 'failed' | 'sendFailed' | 'exiting' | 'exited' | 'browse';

/**
 * The cmi5 launch page's element: reads the launch parameters the LMS put in the URL, gets its token
 * from the LMS's fetch URL and LaunchData from the State API (all through @xapi/cmi5), sends
 * "initialized", merges the progress kept in the State API with this browser's, shows the course in its
 * frame, and reports each change of progress as statements, one at a time and in order. 退出 sends
 * "terminated", saves the state and returns to the LMS. Without launch parameters it opens the course.
 */
class CourseCmi5 extends CourseElement<Cmi5Label> {
  protected async setup(): Promise<void> {
    const home = new URL(this.dataset.home!, location.href).href;
    if (!Cmi5.isCmiAvailable) return void location.replace(home);
    const page = readPageData<Cmi5PageData>(this, { au: 'course', lessonIds: [], allLessonIds: [], lessonTitles: {}, questionTypes: {}, passMark: 0.6, papers: [] });
    const frame = this.$<HTMLIFrameElement>('iframe');
    const status = this.$('.lms-status');
    const exit = this.$<HTMLButtonElement>('.exit');
    const start = page.au === 'exam' ? this.dataset.exam! : home;
    const show = (url: string) => {
      frame.src = new URL(url, location.href).href;
      frame.hidden = false;
    };

    let cmi5: Cmi5;
    try {
      cmi5 = new Cmi5();
      await cmi5.initialize();
    } catch (error) {
      console.error('cmi5 launch failed', error);
      status.textContent = this.label('failed');
      return show(start);
    }
    const params = cmi5.getLaunchParameters();
    const launchData = cmi5.getLaunchData();
    const stateKey = { agent: params.actor, activityId: params.activityId, registration: params.registration, stateId: STATE_ID };
    const xapi = cmi5.xapi!;
    const sender: Cmi5Sender = {
      statement: (statement) => cmi5.sendXapiStatement(statement as XapiStatement),
      progress: (percent) => cmi5.progress(percent),
      complete: () => cmi5.complete(),
      pass: (score) => cmi5.pass(score),
      fail: (score) => cmi5.fail(score),
      terminate: () => cmi5.terminate(),
      getState: async () => (await xapi.getState(stateKey)).data,
      setState: (state) => xapi.setState({ ...stateKey, state }),
    };
    const launch: LaunchInfo = {
      actor: params.actor,
      registration: params.registration,
      activityId: params.activityId,
      contextTemplate: launchData.contextTemplate as LaunchInfo['contextTemplate'],
    };
    const au: AuCourse = {
      kind: page.au,
      lessonIds: page.lessonIds,
      questionTypes: page.questionTypes,
      masteryScore: typeof launchData.masteryScore === 'number' ? launchData.masteryScore : page.passMark,
      launchMode: launchData.launchMode ?? 'Normal',
      papers: page.papers,
    };
    const session = new Cmi5Session(sender, launch, au, page.lessonTitles);
    // What this learner did in an earlier launch of this registration, on any device. Neither copy
    // wins: what this browser and the LRS kept are merged, so an older copy loses nothing.
    const restored = await session.restore({ lessonIds: page.allLessonIds, questionIds: Object.keys(page.questionTypes) });
    if (restored) progress.update((d) => replaceProgress(d, mergeProgress(d, restored).data));
    session.start(progress.read());
    status.textContent = au.launchMode === 'Normal' ? '' : this.label('browse');
    const failed = (error: unknown) => (status.textContent = fill(this.label('sendFailed'), { error: error instanceof Error ? error.message : String(error) }));

    void session.report(progress.read(), failed);
    progress.subscribe((data) => void session.report(data, failed));
    frame.addEventListener('load', () => {
      document.title = frame.contentDocument?.title || document.title;
    });
    exit.hidden = false;
    const leave = async () => {
      exit.disabled = true;
      status.textContent = this.label('exiting');
      try {
        await session.finish(progress.read());
        status.textContent = this.label('exited');
        frame.hidden = true;
        exit.hidden = true;
        if (launchData.returnURL) location.href = launchData.returnURL;
      } catch (error) {
        exit.disabled = false;
        failed(error);
      }
    };
    exit.addEventListener('click', () => void leave());
    // Closing the window without 退出: the last statements and "terminated" are sent as far as the browser lets them.
    addEventListener('pagehide', () => void session.finish(progress.read()).catch(() => {}));

    const resume = page.au === 'course' ? lastLesson(progress.read(), page.allLessonIds) : undefined;
    show(resume ? `${this.dataset.lessons}${resume}/` : start);
  }
}

defineElement('course-cmi5', CourseCmi5);
