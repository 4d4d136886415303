import { CourseElement, defineElement } from '../base/course-element.ts';
import type { TeamLrsLabel } from './lrs-form.ts';

export type { TeamLrsLabel };

/**
 * The team report's LRS form (TeamLrs.astro): the trainer types the LRS's address and a read key; the
 * statements the cmi5 package sent are read and handed to the report around it. Its code (lrs-form.ts)
 * and the xAPI library load only when the form is sent, so the page stays light.
 */
class CourseTeamLrs extends CourseElement<TeamLrsLabel> {
  setup() {
    this.$('form').addEventListener('submit', (event) => {
      event.preventDefault();
      void import('./lrs-form.ts').then((form) => form.submit(this));
    });
  }
}

defineElement('course-team-lrs', CourseTeamLrs);
