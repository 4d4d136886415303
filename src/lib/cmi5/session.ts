/**
 * One cmi5 launch, from the course's side: restores what the State API kept, reports each change of
 * progress as statements, one at a time and in order, saves the state after each batch, and ends with
 * "terminated" once. The network is the caller's (`Cmi5Sender`, @xapi/cmi5 in the browser), so the
 * order and the rules are tested without one.
 */
import type { SuspendIds } from '../scorm/suspend.ts';
import type { ProgressData } from '../progress/types.ts';
import {
  answeredStatement,
  emptyMemo,
  examScore,
  knowAll,
  lessonStatement,
  planReport,
  readStateDocument,
  stateDocument,
  type AuCourse,
  type Cmi5Step,
  type LaunchInfo,
  type StateDocument,
  type Statement,
} from './statements.ts';

type Score = ReturnType<typeof examScore>;

/** What a session needs from the LRS: the cmi5-defined statements, any other statement, and its state document. */
export interface Cmi5Sender {
  statement(statement: Statement): Promise<unknown>;
  progress(percent: number): Promise<unknown>;
  complete(): Promise<unknown>;
  pass(score: Score): Promise<unknown>;
  fail(score: Score): Promise<unknown>;
  terminate(): Promise<unknown>;
  /** The state document, or undefined when there is none yet. */
  getState(): Promise<unknown>;
  setState(document: StateDocument): Promise<unknown>;
}

export class Cmi5Session {
  #memo = emptyMemo();
  #queue: Promise<void> = Promise.resolve();
  #open = true;
  #finishing: Promise<void> | undefined;

  constructor(
    private readonly sender: Cmi5Sender,
    private readonly launch: LaunchInfo,
    private readonly au: AuCourse,
    private readonly lessonTitles: Readonly<Record<string, string>> = {},
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** The progress an earlier launch of this registration kept (null if none); call once, before `start`. */
  async restore(ids: SuspendIds): Promise<ProgressData | null> {
    let kept: ReturnType<typeof readStateDocument> = null;
    try {
      kept = readStateDocument(await this.sender.getState(), ids);
    } catch {
      // No state yet (404): a first launch.
    }
    if (!kept) return null;
    Object.assign(this.#memo, { completed: kept.completed, passed: kept.passed, progress: kept.progressPercent });
    return kept.progress;
  }

  /** Starts reporting: what `data` holds now happened before this launch and is not sent again. */
  start(data: ProgressData): void {
    knowAll(this.#memo, data);
  }

  #send(step: Cmi5Step): Promise<unknown> {
    const s = this.sender;
    switch (step.kind) {
      case 'answered':
        return s.statement(answeredStatement(this.launch, { id: step.question, type: step.type }, step.attempt, this.newId()));
      case 'lesson':
        return s.statement(lessonStatement(this.launch, { id: step.lesson, title: this.lessonTitles[step.lesson] }, step.at, this.newId()));
      case 'progress':
        return s.progress(step.percent);
      case 'completed':
        return s.complete();
      case 'passed':
        return s.pass(examScore(step.exam, step.scaled));
      case 'failed':
        return s.fail(examScore(step.exam, step.scaled));
    }
  }

  /**
   * Sends what `data` calls for, after whatever is still being sent, then saves the state. A failure
   * goes to `onError` and stops that batch; the launch goes on.
   */
  report(data: ProgressData, onError: (error: unknown) => void = () => {}): Promise<void> {
    if (!this.#open) return this.#queue;
    const steps = planReport(data, this.#memo, this.au);
    if (steps.length === 0) return this.#queue;
    const state = stateDocument(data, this.#memo);
    this.#queue = this.#queue.then(async () => {
      try {
        for (const step of steps) await this.#send(step);
        await this.sender.setState(state);
      } catch (error) {
        onError(error);
      }
    });
    return this.#queue;
  }

  /**
   * Sends what is left, saves the state and sends "terminated", once however often it is called;
   * reports after it send nothing. Rejects when something could not be sent, so it can be tried again.
   */
  finish(data: ProgressData): Promise<void> {
    this.#finishing ??= (async () => {
      let failure: Error | undefined;
      await this.report(data, (error) => (failure = error instanceof Error ? error : new Error(String(error))));
      if (failure) throw failure;
      this.#open = false;
      await this.sender.setState(stateDocument(data, this.#memo));
      await this.sender.terminate();
    })().catch((error: unknown) => {
      this.#open = true;
      this.#finishing = undefined;
      throw error;
    });
    return this.#finishing;
  }
}
