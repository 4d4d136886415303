import { CourseElement, defineElement } from '../base/course-element.ts';
import { downloadFile } from '../base/download.ts';
import { progress } from './progress-client.ts';
import { localDate } from '../../lib/dates.ts';
import { setLearnerName, setStaffId } from '../../lib/progress/record.ts';
import { exportProgress, trainerFileName } from '../../lib/progress/transfer.ts';
import type { ProgressData } from '../../lib/progress/types.ts';
import { fill } from '../../lib/template.ts';

export type SendLabel = 'sendNeedName' | 'sent' | 'fileName' | 'learnerId' | 'shareTitle' | 'shareText' | 'shared' | 'shareCancelled';

/**
 * Exports the learner's progress for the trainer, with their name and 工号 saved in it and the name in the
 * file name. Where the browser can share files (a phone's share sheet: WeChat, mail…), the file goes
 * there; elsewhere it is downloaded.
 */
class CourseSendToTrainer extends CourseElement<SendLabel> {
  setup() {
    const name = this.$<HTMLInputElement>('#send-name');
    const staff = this.$<HTMLInputElement>('#send-staff');
    const show = (data: ProgressData) => {
      // The name may be changed elsewhere on the page (or in another tab): follow it unless being typed.
      if (document.activeElement !== name) name.value = data.learnerName;
      if (document.activeElement !== staff) staff.value = data.staffId;
      this.$('.learner-id-text').textContent = fill(this.label('learnerId'), { id: data.learnerId });
    };
    show(progress.read());
    progress.subscribe(show);
    this.$('.send-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#send(name, staff);
    });
  }

  #send(input: HTMLInputElement, staff: HTMLInputElement) {
    const name = input.value.trim().slice(0, 60);
    const error = this.$('#send-error');
    if (!name) {
      error.textContent = this.label('sendNeedName');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const data = progress.update((d) => {
      setLearnerName(d, name);
      setStaffId(d, staff.value);
    });
    const fileName = trainerFileName(name, localDate(Date.now()), this.label('fileName'));
    const text = exportProgress(data);
    const file = new File([text], fileName, { type: 'application/json' });
    // Shared in the same turn as the tap: browsers allow the share sheet only right after one.
    if (navigator.canShare?.({ files: [file] })) void this.#share(file, text, name);
    else this.#download(fileName, text);
  }

  async #share(file: File, text: string, name: string) {
    const status = this.$('.send-status');
    try {
      await navigator.share({ files: [file], title: fill(this.label('shareTitle'), { name }), text: this.label('shareText') });
      status.textContent = fill(this.label('shared'), { file: file.name });
    } catch (error) {
      // The learner closed the share sheet: nothing was sent, and they can try again.
      if ((error as Error).name === 'AbortError') status.textContent = this.label('shareCancelled');
      else this.#download(file.name, text);
    }
  }

  #download(fileName: string, text: string) {
    downloadFile(this, fileName, text, 'application/json');
    this.$('.send-status').textContent = fill(this.label('sent'), { file: fileName });
  }
}

defineElement('course-send-to-trainer', CourseSendToTrainer);
