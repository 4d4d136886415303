import { CourseElement, defineElement } from '../base/course-element.ts';
import { setLearnerName } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';
import { certificateExam, cleanName, formatChineseDate } from '../../lib/certificate.ts';
import { percentOf } from '../../lib/exam-report.ts';
import { fill } from '../../lib/template.ts';

export type CertificateLabel = 'missing' | 'failed' | 'nameMissing';

/** Fills the certificate of `?exam=<id>` from the learner's saved exams, and the name as they type it. */
class CourseCertificate extends CourseElement<CertificateLabel> {
  protected setup() {
    const data = progress.read();
    const found = certificateExam(data.exams, new URLSearchParams(location.search).get('exam'));
    if (!found.ok) {
      const { exam } = found;
      this.$('.cert-missing-text').textContent = exam
        ? fill(this.label('failed'), { percent: percentOf(exam.score), pass: percentOf(exam.passMark) })
        : this.label('missing');
      this.$('.cert-missing').hidden = false;
      return;
    }
    const { exam } = found;
    this.$('.score').textContent = `${percentOf(exam.score)}%`;
    this.$('.seed').textContent = String(exam.seed);
    this.$('.date').textContent = formatChineseDate(exam.submittedAt);
    const input = this.$<HTMLInputElement>('#cert-name');
    const error = this.$('#cert-name-error');
    // Whatever the learner typed is only ever text on the certificate.
    const show = (name: string) => (this.$('.name').textContent = name);
    input.value = data.learnerName;
    show(cleanName(data.learnerName));
    input.addEventListener('input', () => {
      const name = cleanName(input.value);
      show(name);
      progress.update((d) => setLearnerName(d, name));
      if (name) {
        error.hidden = true;
        input.removeAttribute('aria-invalid');
      }
    });
    this.$('form').addEventListener('submit', (event) => {
      event.preventDefault();
      if (!cleanName(input.value)) {
        error.textContent = this.label('nameMissing');
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        return input.focus();
      }
      window.print();
    });
    this.$('.cert-form').hidden = false;
    this.$('.certificate').hidden = false;
  }
}

defineElement('course-certificate', CourseCertificate);
