import { CourseElement, defineElement } from '../base/course-element.ts';

/** Marks the table of contents entry of the section being read (`aria-current="location"`). */
class CourseToc extends CourseElement {
  protected setup() {
    const links = this.$$<HTMLAnchorElement>('a[href^="#"]');
    const root = this.getRootNode() as Document;
    const targets = links.map((a) => root.getElementById(decodeURIComponent(a.hash.slice(1))));
    let queued = false;
    const update = () => {
      queued = false;
      // The section being read is the last one whose heading has passed the top fifth of the window.
      const line = innerHeight / 5;
      let current = -1;
      targets.forEach((target, i) => {
        if (target && target.getBoundingClientRect().top <= line) current = i;
      });
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule, { passive: true });
    update();
  }
}

defineElement('course-toc', CourseToc);
