import { extendDeadline, formatClock, graceOver, graceSecondsLeft, timerAlert } from '../../lib/exam-timer.ts';
import { fill } from '../../lib/template.ts';

/**
 * The countdown in the exam's sticky bar (WCAG 2.2.1): shows the time left without announcing
 * every second, warns at 5 and 1 minutes, and at zero gives 20 seconds to extend before `onExpire`.
 * The learner can extend by 10 minutes as often as needed, or switch the timer off.
 */
export class ExamClock {
  #bar: HTMLElement;
  #labels: Record<string, string>;
  #onExpire: () => void;
  /** When time is up, in ms since 1970; null once the timer is off. */
  #deadline: number | null = null;
  #left = 0;
  #interval?: ReturnType<typeof setInterval>;
  #resize = new ResizeObserver(() => this.#pad());
  /** Called when the learner extends or switches off the timer, so the exam can save at once. */
  onChange?: () => void;

  constructor(bar: HTMLElement, labels: Record<string, string>, onExpire: () => void) {
    this.#bar = bar;
    this.#labels = labels;
    this.#onExpire = onExpire;
    this.#el('.extend').addEventListener('click', () => this.extend());
    this.#el('.switch-off').addEventListener('click', () => this.switchOff());
  }

  /** Starts counting down `ms`, or with the timer off when `ms` is null (a resumed exam whose timer was off). */
  start(ms: number | null) {
    this.#resize.observe(this.#bar);
    if (ms === null) return this.switchOff(false);
    this.#left = ms;
    this.#deadline = Date.now() + this.#left;
    this.#tick();
    this.#interval = setInterval(() => this.#tick(), 1000);
  }

  /** Time left in ms (0 once up), or null when the timer is off: what a saved exam keeps. */
  get left(): number | null {
    return this.#deadline === null ? null : Math.max(0, this.#deadline - Date.now());
  }

  /** Stops counting for good (the exam was submitted) and gives the page its scroll padding back. */
  stop() {
    clearInterval(this.#interval);
    this.#resize.disconnect();
    document.documentElement.style.scrollPaddingTop = '';
  }

  extend() {
    if (this.#deadline === null) return;
    const now = Date.now();
    this.#deadline = extendDeadline(this.#deadline, now);
    this.#left = this.#deadline - now;
    this.#el('.time-up').textContent = '';
    this.#el('.timer-status').textContent = fill(this.#labels.extended!, { time: formatClock(this.#left) });
    this.#tick();
    this.onChange?.();
  }

  switchOff(focus = true) {
    this.#deadline = null;
    clearInterval(this.#interval);
    this.#el('.clock').hidden = true;
    this.#el('.timer-buttons').hidden = true;
    this.#el('.time-up').textContent = '';
    this.#el('.timer-status').textContent = '';
    const off = this.#el('.timer-off');
    off.hidden = false;
    // The focused button disappears: focus goes to the sentence that replaces it, which is read out.
    if (focus) off.focus();
    this.onChange?.();
  }

  #tick() {
    if (this.#deadline === null) return;
    const now = Date.now();
    const left = this.#deadline - now;
    const alert = timerAlert(this.#left, left);
    this.#left = left;
    if (alert === 'five' || alert === 'one') this.#el('.timer-status').textContent = this.#labels[alert]!;
    if (alert === 'up') {
      this.#el('.timer-status').textContent = '';
      this.#el('.time-up').textContent = this.#labels.timeUp!;
    }
    this.#el('.clock-value').textContent = left > 0 ? formatClock(left) : fill(this.#labels.grace!, { seconds: graceSecondsLeft(this.#deadline, now) });
    if (left <= 0 && graceOver(this.#deadline, now)) {
      this.stop();
      this.#onExpire();
    }
  }

  /** Keeps focused fields from hiding under the sticky bar (WCAG 2.4.11). */
  #pad() {
    document.documentElement.style.scrollPaddingTop = `${this.#bar.offsetHeight + 16}px`;
  }

  #el(selector: string): HTMLElement {
    return this.#bar.querySelector<HTMLElement>(selector)!;
  }
}
