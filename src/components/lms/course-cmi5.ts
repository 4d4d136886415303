import Cmi5 from '@xapi/cmi5';
import type { Statement as XapiStatement } from '@xapi/xapi';
import { CourseElement, defineElement } from '../base/course-element.ts';
import { readPageData } from '../page-data.ts';
import { progress } from '../progress/progress-client.ts';
import { replaceProgress } from '../../lib/progress/record.ts';
import { mergeProgress } from '../../lib/progress/transfer.ts';
import type { ProgressData } from '../../lib/progress/types.ts';
import type { QuestionType } from '../../schemas/question.ts';
import { fill } from '../../lib/template.ts';
import { lastLesson } from '../../lib/scorm/report.ts';
import {
  answeredStatement,
  emptyMemo,
  examScore,
  knowAll,
  lessonStatement,
  planReport,
  readStateDocument,
  stateDocument,
  STATE_ID,
  type AuCourse,
  type AuKind,
  type Cmi5Memo,
  type Cmi5Step,
  type LaunchInfo,
} from '../../lib/cmi5/statements.ts';

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
  #queue: Promise<void> = Promise.resolve();
  #open = false;

  protected async setup(): Promise<void> {
    const home = new URL(this.dataset.home!, location.href).href;
    if (!Cmi5.isCmiAvailable) return void location.replace(home);
    const page = readPageData<Cmi5PageData>(this, { au: 'course', lessonIds: [], allLessonIds: [], lessonTitles: {}, questionTypes: {}, passMark: 0.6 });
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
    this.#open = true;
    const params = cmi5.getLaunchParameters();
    const launchData = cmi5.getLaunchData();
    const launch: LaunchInfo = {
      actor: params.actor,
      registration: params.registration,
      activityId: params.activityId,
      contextTemplate: launchData.contextTemplate as LaunchInfo['contextTemplate'],
    };
    const stateKey = { agent: params.actor, activityId: params.activityId, registration: params.registration, stateId: STATE_ID };
    const ids = { lessonIds: page.allLessonIds, questionIds: Object.keys(page.questionTypes) };
    const au: AuCourse = {
      kind: page.au,
      lessonIds: page.lessonIds,
      questionTypes: page.questionTypes,
      masteryScore: typeof launchData.masteryScore === 'number' ? launchData.masteryScore : page.passMark,
      launchMode: launchData.launchMode ?? 'Normal',
    };

    // What this learner did in an earlier launch of this registration, on any device.
    const memo: Cmi5Memo = emptyMemo();
    try {
      const kept = readStateDocument((await cmi5.xapi!.getState(stateKey)).data, ids);
      if (kept) {
        Object.assign(memo, { completed: kept.completed, passed: kept.passed, progress: kept.progressPercent });
        const restored = kept.progress;
        // Neither copy wins: what this browser and the LRS kept are merged, so an older copy loses nothing.
        if (restored) progress.update((d) => replaceProgress(d, mergeProgress(d, restored).data));
      }
    } catch {
      // No state yet (404): a first launch.
    }
    knowAll(memo, progress.read());
    status.textContent = au.launchMode === 'Normal' ? '' : this.label('browse');

    const send = (step: Cmi5Step): Promise<unknown> => {
      switch (step.kind) {
        case 'answered':
          return cmi5.sendXapiStatement(answeredStatement(launch, { id: step.question, type: step.type }, step.attempt, crypto.randomUUID()) as XapiStatement);
        case 'lesson':
          return cmi5.sendXapiStatement(lessonStatement(launch, { id: step.lesson, title: page.lessonTitles[step.lesson] }, step.at, crypto.randomUUID()) as XapiStatement);
        case 'progress':
          return cmi5.progress(step.percent);
        case 'completed':
          return cmi5.complete();
        case 'passed':
          return cmi5.pass(examScore(step.exam, step.scaled));
        case 'failed':
          return cmi5.fail(examScore(step.exam, step.scaled));
      }
    };
    const report = (data: ProgressData) => {
      const steps = planReport(data, memo, au);
      if (steps.length === 0) return this.#queue;
      const state = stateDocument(data, memo);
      // One statement at a time, so the LRS stores them in the order they happened.
      this.#queue = this.#queue.then(async () => {
        if (!this.#open) return;
        try {
          for (const step of steps) await send(step);
          await cmi5.xapi!.setState({ ...stateKey, state: state });
        } catch (error) {
          status.textContent = fill(this.label('sendFailed'), { error: error instanceof Error ? error.message : String(error) });
        }
      });
      return this.#queue;
    };
    const finish = async () => {
      if (!this.#open) return;
      await report(progress.read());
      this.#open = false;
      const data = progress.read();
      await cmi5.xapi!.setState({ ...stateKey, state: stateDocument(data, memo) });
      await cmi5.terminate();
    };

    void report(progress.read());
    progress.subscribe((data) => void report(data));
    frame.addEventListener('load', () => {
      document.title = frame.contentDocument?.title || document.title;
    });
    exit.hidden = false;
    const leave = async () => {
      exit.disabled = true;
      status.textContent = this.label('exiting');
      try {
        await this.#queue;
        await finish();
        status.textContent = this.label('exited');
        frame.hidden = true;
        exit.hidden = true;
        if (launchData.returnURL) location.href = launchData.returnURL;
      } catch (error) {
        exit.disabled = false;
        status.textContent = fill(this.label('sendFailed'), { error: error instanceof Error ? error.message : String(error) });
      }
    };
    exit.addEventListener('click', () => void leave());
    // Closing the window without 退出: the last statements and "terminated" are sent as far as the browser lets them.
    addEventListener('pagehide', () => void finish().catch(() => {}));

    const resume = page.au === 'course' ? lastLesson(progress.read(), page.allLessonIds) : undefined;
    show(resume ? `${this.dataset.lessons}${resume}/` : start);
  }
}

defineElement('course-cmi5', CourseCmi5);
