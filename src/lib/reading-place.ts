/**
 * Where the learner stopped reading each lesson on this device: the section they were in (a heading's id)
 * when they last left the page, so "继续学习" and the lesson itself can take them back there. Kept apart
 * from the progress (not exported, not sent to an LMS): a place on a page, not something learnt.
 */

/** The localStorage key of the places. */
export const READING_PLACES_KEY = 'course-reading-places';

/** Lessons whose place is kept: the most recently left ones. */
export const MAX_READING_PLACES = 60;

export interface ReadingPlace {
  /** The id of the heading of the section being read. */
  heading: string;
  /** When the learner left it (epoch milliseconds). */
  at: number;
}

export type ReadingPlaces = Record<string, ReadingPlace>;

const HEADING_ID = /^[^\s#"'<>]{1,200}$/;

/** The places kept in `raw` (localStorage's text); anything unreadable or malformed is left out, never thrown. */
export function parseReadingPlaces(raw: string | null): ReadingPlaces {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '{}');
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const places: ReadingPlaces = {};
  for (const [lesson, place] of Object.entries(value)) {
    const { heading, at } = (place ?? {}) as Partial<ReadingPlace>;
    if (typeof heading === 'string' && HEADING_ID.test(heading) && typeof at === 'number' && Number.isFinite(at)) places[lesson] = { heading, at };
  }
  return places;
}

/**
 * The places with the learner's place in `lesson` now: the section headed `heading`, or none (undefined: the
 * lesson is completed). Only the newest MAX_READING_PLACES are kept.
 */
export function withReadingPlace(places: ReadingPlaces, lesson: string, heading: string | undefined, now: number): ReadingPlaces {
  const rest = Object.fromEntries(Object.entries(places).filter(([id]) => id !== lesson));
  if (heading === undefined || !HEADING_ID.test(heading)) return rest;
  const newest = Object.entries(rest)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_READING_PLACES - 1);
  return { ...Object.fromEntries(newest), [lesson]: { heading, at: now } };
}

/**
 * The section being read: of the headings' distances from the top of the window (in page order), the last one
 * that has scrolled up past `line` (a third of the way down the window, where the eye reads); undefined while
 * the first is still below it.
 */
export function sectionBeingRead(headingTops: readonly { id: string; top: number }[], line: number): string | undefined {
  let found: string | undefined;
  for (const { id, top } of headingTops) {
    if (top > line) break;
    found = id;
  }
  return found;
}

/** A lesson's address taking the learner back to their place in it ("…/#listening-skills"), or the address as it is. */
export function addressAtPlace(href: string, place: ReadingPlace | undefined): string {
  return place ? `${href.split('#')[0]}#${encodeURIComponent(place.heading)}` : href;
}
