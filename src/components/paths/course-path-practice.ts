import { CourseElement, defineElement } from '../base/course-element.ts';
import { progress } from '../progress/progress-client.ts';
import { completePathStep, pathStepKey } from '../../lib/progress/record.ts';
import { fill } from '../../lib/template.ts';
import type { ProgressData } from '../../lib/progress/types.ts';

export type PathPracticeLabel = 'status';

/** A path's practice step: counts the questions answered and, once all are, the step as done. */
class CoursePathPractice extends CourseElement<PathPracticeLabel> {
  protected setup() {
    const ids = this.$$('course-question').map((q) => q.dataset.questionId!);
    const { path, module } = this.dataset as { path: string; module: string };
    const render = (data: ProgressData) => {
      const answered = ids.filter((id) => data.attempts[id]?.length).length;
      this.$('.count').textContent = fill(this.label('status'), { answered, total: ids.length });
      const done = answered === ids.length;
      if (done && data.pathSteps[pathStepKey(path, module)] === undefined) {
        // Recording the step publishes the change, which renders again.
        progress.update((d) => completePathStep(d, path, module, Date.now()));
        return;
      }
      this.$('.step-finished').hidden = !done;
      this.closest('main')?.querySelector('.lesson-path-bottom')?.classList.toggle('step-done', done);
    };
    progress.subscribe(render);
    render(progress.read());
  }
}

defineElement('course-path-practice', CoursePathPractice);
