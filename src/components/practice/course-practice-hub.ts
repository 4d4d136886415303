import { CourseElement, defineElement } from '../base/course-element.ts';
import { progress } from '../progress/progress-client.ts';
import { fill } from '../../lib/template.ts';
import { practiceStats, SEQUENTIAL_KEY } from '../../lib/practice.ts';
import { fraction } from '../../lib/rounding.ts';

export type PracticeHubLabel = 'stats' | 'accuracy' | 'none' | 'favourites' | 'resume' | 'lastAt';

/** Shows where the learner stopped, in sequential practice and in each module, and how each module went. */
class CoursePracticeHub extends CourseElement<PracticeHubLabel> {
  protected setup() {
    this.refresh();
    // Practised in another tab: the figures follow.
    progress.subscribe(() => this.refresh());
  }

  refresh() {
    const data = progress.read();
    for (const item of this.$$('li[data-ids]')) {
      const stats = practiceStats(data.attempts, item.dataset.ids!.split(' ').filter(Boolean));
      item.querySelector('.stats')!.textContent = stats.attempts
        ? `${fill(this.label('stats'), { ...stats })} · ${fill(this.label('accuracy'), fraction(stats.right, stats.attempts))}`
        : this.label('none');
    }
    const starred = Object.keys(data.favourites).length;
    if (starred) this.$('.favourites-link').textContent = fill(this.label('favourites'), { count: starred });
    const saved = data.practice;
    const total = Number(this.dataset.total);
    const position = saved[SEQUENTIAL_KEY];
    if (position !== undefined && position > 0) {
      this.$('.sequential-link').textContent = fill(this.label('resume'), { n: Math.min(position + 1, total), total });
    }
    for (const item of this.$$('li[data-practice-key]')) {
      const last = saved[item.dataset.practiceKey!];
      if (last === undefined) continue;
      const mark = item.querySelector<HTMLElement>('.last-at')!;
      mark.textContent = fill(this.label('lastAt'), { n: last + 1 });
      mark.hidden = false;
    }
  }
}

defineElement('course-practice-hub', CoursePracticeHub);
