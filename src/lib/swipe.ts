/** How far sideways a finger must move, in CSS pixels, for a swipe to turn the page. */
const SWIPE_MIN = 60;

/**
 * Where a touch that moved `dx` across and `dy` down turns the page: 1 (swiped left: on), -1 (swiped right:
 * back), or 0 when it was too short or more up and down than sideways (scrolling, not swiping).
 */
export function swipeDirection(dx: number, dy: number): 1 | -1 | 0 {
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) <= 2 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
