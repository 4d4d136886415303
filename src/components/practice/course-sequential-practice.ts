import { CourseElement, defineElement } from '../base/course-element.ts';
import { setPracticePosition } from '../../lib/progress/record.ts';
import { progress } from '../progress/progress-client.ts';
import { readPageData } from '../page-data.ts';
import { SEQUENTIAL_KEY } from '../../lib/practice.ts';
import type { CourseDrill } from './course-drill.ts';
import './course-drill.ts';
import { wireDrillTools } from './drill-tools.ts';

interface Data {
  questions: { id: string; lesson: string }[];
  lessons: Record<string, { title: string; href: string }>;
}

/** Sequential practice: every question in course order, saving the position in `progress.practice.sequential`. */
class CourseSequentialPractice extends CourseElement {
  protected setup() {
    const { questions, lessons } = readPageData<Data>(this, { questions: [], lessons: {} });
    const drill = this.$<CourseDrill>('course-drill');
    wireDrillTools(drill);
    const restart = this.$<HTMLButtonElement>('.restart');
    this.addEventListener('course:drill-move', (event) => {
      const { position } = event.detail;
      progress.update((d) => setPracticePosition(d, SEQUENTIAL_KEY, position));
      restart.hidden = position === 0;
    });
    restart.addEventListener('click', () => void drill.show(0, true));
    const items = questions.map((q) => ({ id: q.id, lesson: lessons[q.lesson] }));
    void drill.start(items, progress.read().practice[SEQUENTIAL_KEY] ?? 0);
  }
}

defineElement('course-sequential-practice', CourseSequentialPractice);
