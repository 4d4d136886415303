import { swipeDirection } from '../../lib/swipe.ts';

/**
 * A horizontal swipe on `area` (src/lib/swipe.ts says which) calls `move` with 1 (swiped left: on) or -1
 * (swiped right: back); the exam's one question per screen and practice share it. Not when the touch
 * starts in a form field (a text box, a select, an option): there it selects text, scrolls a list or picks.
 */
export function onSwipe(area: HTMLElement, move: (direction: 1 | -1) => void): void {
  let start: { x: number; y: number } | null = null;
  area.addEventListener(
    'touchstart',
    (e) => {
      const t = e.touches[0];
      const inField = (e.target as Element).closest('input, textarea, select, [contenteditable]');
      start = t && e.touches.length === 1 && !inField ? { x: t.clientX, y: t.clientY } : null;
    },
    { passive: true },
  );
  area.addEventListener('touchend', (e) => {
    const t = e.changedTouches[0];
    const from = start;
    start = null;
    if (!from || !t) return;
    const direction = swipeDirection(t.clientX - from.x, t.clientY - from.y);
    if (direction) move(direction);
  });
}
