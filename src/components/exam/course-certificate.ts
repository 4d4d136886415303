import { CourseElement, defineElement } from '../base/course-element.ts';
import { setLearnerName } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';
import { certificateExam, cleanName, formatChineseDate } from '../../lib/certificate.ts';
import { fraction, percentOf } from '../../lib/rounding.ts';
import { paperOf } from '../../lib/exam-papers.ts';
import { fill } from '../../lib/template.ts';
import { readPageData } from '../page-data.ts';

export type CertificateLabel = 'missing' | 'none' | 'failed' | 'notFull' | 'nameMissing' | 'scoreValue';

/** What the page tells the certificate about each paper. */
export interface CertificatePaper {
  id: string;
  title: string;
  full: boolean;
}

/** Fills the certificate of `?exam=<id>` from the learner's saved exams, and the name as they type it. */
class CourseCertificate extends CourseElement<CertificateLabel> {
  protected setup() {
    const data = progress.read();
    const papers = readPageData<CertificatePaper[]>(this, []);
    const found = certificateExam(data.exams, new URLSearchParams(location.search).get('exam'), papers);
    const titleOf = (exam: { paper?: string }) => paperOf(exam, papers)?.title ?? '';
    if (!found.ok) {
      const { exam } = found;
      this.$('.cert-missing-text').textContent = !exam
        ? this.label(found.reason === 'none' ? 'none' : 'missing')
        : found.reason === 'notFull'
          ? fill(this.label('notFull'), { paper: titleOf(exam) })
          : fill(this.label('failed'), { percent: percentOf(exam.score), pass: percentOf(exam.passMark) });
      this.$('.cert-missing').hidden = false;
      return;
    }
    const { exam } = found;
    this.$('.paper').textContent = titleOf(exam);
    this.$('.score').textContent =
      exam.points !== undefined && exam.maxPoints !== undefined ? fill(this.label('scoreValue'), fraction(exam.points, exam.maxPoints)) : `${percentOf(exam.score)}%`;
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
