import { fill } from '../../lib/template.ts';
import type { CourseDrill } from './course-drill.ts';
import { onSwipe } from '../base/swipe.ts';

/** The method of `course-question` 背题模式 uses. */
interface StudyQuestion extends HTMLElement {
  study(on: boolean): void;
}

/**
 * The tools of a practice drill: 背题模式 (on, every question shown is studied: its answer open,
 * the right option marked in place), 跳到第几题, and a swipe to either side to move. The drill
 * applies the study state to each question it loads; this wires the button, the form and the swipe.
 * The practice pages call it; the review's drill has none of these.
 */
export function wireDrillTools(drill: CourseDrill): void {
  onSwipe(drill.$('.drill-question'), (direction) => drill.step(direction));
  const study = drill.$<HTMLButtonElement>('.study-toggle');
  study.addEventListener('click', () => {
    const on = study.getAttribute('aria-pressed') !== 'true';
    study.setAttribute('aria-pressed', String(on));
    drill.toggleAttribute('data-study', on);
    drill.$maybe<StudyQuestion>('.drill-question course-question')?.study(on);
  });
  drill.$('.drill-jump').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = drill.$<HTMLInputElement>('#drill-jump-number');
    const n = Number(input.value.trim());
    const error = drill.$('.drill-jump-error');
    if (!Number.isInteger(n) || n < 1 || n > drill.total) {
      error.textContent = fill(drill.label('jumpInvalid'), { total: drill.total });
      input.setAttribute('aria-invalid', 'true');
      return input.focus();
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    void drill.show(n - 1, true);
  });
}
