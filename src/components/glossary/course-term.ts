import { CourseElement, defineElement } from '../base/course-element.ts';

/**
 * A glossary term's first mention. Hover and keyboard focus show the definition as a tooltip
 * (Escape hides it, WCAG 1.4.13); a tap on a touch screen opens it in a dismissable popover with a
 * link to the glossary, instead of leaving the lesson.
 */
class CourseTerm extends CourseElement<'open' | 'close'> {
  #touch = false;
  #popover?: HTMLElement;

  protected setup() {
    const link = this.$<HTMLAnchorElement>('a');
    link.addEventListener('pointerdown', (event) => (this.#touch = event.pointerType !== 'mouse'));
    link.addEventListener('click', (event) => {
      if (!this.#touch) return;
      this.#touch = false;
      event.preventDefault();
      this.#open(link);
    });
    // Escape hides a definition shown by hover too, wherever the focus is.
    addEventListener('keydown', (event) => event.key === 'Escape' && this.matches(':hover, :focus-within') && this.classList.add('dismissed'));
    this.addEventListener('focusout', () => this.classList.remove('dismissed'));
    this.addEventListener('mouseleave', () => this.classList.remove('dismissed'));
  }

  #open(link: HTMLAnchorElement) {
    const popover = (this.#popover ??= this.#build(link));
    this.classList.add('tapped');
    popover.showPopover();
    const box = link.getBoundingClientRect();
    const width = popover.offsetWidth;
    popover.style.left = `${Math.max(8, Math.min(box.left, innerWidth - width - 8))}px`;
    const below = box.bottom + 6;
    popover.style.top = `${below + popover.offsetHeight < innerHeight ? below : Math.max(8, box.top - popover.offsetHeight - 6)}px`;
    popover.querySelector('button')!.focus();
  }

  #build(link: HTMLAnchorElement): HTMLElement {
    const popover = document.createElement('div');
    popover.className = 'term-popover';
    popover.popover = 'auto';
    popover.setAttribute('role', 'dialog');
    popover.setAttribute('aria-label', link.textContent ?? '');
    const text = document.createElement('p');
    text.textContent = this.$('.term-tip').textContent;
    const more = Object.assign(document.createElement('a'), { href: link.href, textContent: this.label('open') });
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'button quiet', textContent: this.label('close') });
    close.addEventListener('click', () => popover.hidePopover());
    popover.addEventListener('toggle', (event) => {
      if (event.newState !== 'closed') return;
      this.classList.remove('tapped');
      link.focus({ preventScroll: true });
    });
    const actions = document.createElement('div');
    actions.className = 'term-popover-actions';
    actions.append(more, close);
    popover.append(text, actions);
    this.append(popover);
    return popover;
  }
}

defineElement('course-term', CourseTerm);
