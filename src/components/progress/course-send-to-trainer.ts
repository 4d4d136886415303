import { CourseElement, defineElement } from '../base/course-element.ts';
import { downloadFile } from '../base/download.ts';
import { progress } from './progress-client.ts';
import { localDate } from '../../lib/dates.ts';
import { setLearnerName } from '../../lib/progress/record.ts';
import { exportProgress, trainerFileName } from '../../lib/progress/transfer.ts';
import { fill } from '../../lib/template.ts';

/** Exports the learner's progress for the trainer, with their name saved in it and in the file name. */
class CourseSendToTrainer extends CourseElement<'needName' | 'sent' | 'fileName'> {
  setup() {
    const input = this.$<HTMLInputElement>('#send-name');
    input.value = progress.read().learnerName;
    // The name may be changed elsewhere on the page (or in another tab): follow it unless being typed.
    progress.subscribe((data) => {
      if (document.activeElement !== input) input.value = data.learnerName;
    });
    this.$('.send-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#send(input);
    });
  }

  #send(input: HTMLInputElement) {
    const name = input.value.trim().slice(0, 60);
    const error = this.$('#send-error');
    if (!name) {
      error.textContent = this.label('needName');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const data = progress.update((d) => setLearnerName(d, name));
    const file = trainerFileName(name, localDate(Date.now()), this.label('fileName'));
    downloadFile(this, file, exportProgress(data), 'application/json');
    this.$('.send-status').textContent = fill(this.label('sent'), { file });
  }
}

defineElement('course-send-to-trainer', CourseSendToTrainer);
