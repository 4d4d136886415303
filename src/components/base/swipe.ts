/**
 * A horizontal swipe on `area` of at least 60 px, clearly more sideways than up or down, calls `move`
 * with 1 (swiped left: on) or -1 (swiped right: back). Not while selecting text or dragging inside a text box.
 */
export function onSwipe(area: HTMLElement, move: (direction: 1 | -1) => void): void {
  let start: { x: number; y: number } | null = null;
  area.addEventListener(
    'touchstart',
    (e) => {
      const t = e.touches[0];
      start = t && e.touches.length === 1 ? { x: t.clientX, y: t.clientY } : null;
    },
    { passive: true },
  );
  area.addEventListener('touchend', (e) => {
    const t = e.changedTouches[0];
    if (!start || !t) return;
    const dx = t.clientX - start.x;
    const dy = t.clientY - start.y;
    start = null;
    if ((e.target as Element).closest('textarea, input[type=text], select')) return;
    if (Math.abs(dx) >= 60 && Math.abs(dx) > 2 * Math.abs(dy)) move(dx < 0 ? 1 : -1);
  });
}
