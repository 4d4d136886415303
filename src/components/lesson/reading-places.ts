import { parseReadingPlaces, READING_PLACES_KEY, withReadingPlace, type ReadingPlaces } from '../../lib/reading-place.ts';

/** Where the learner stopped reading each lesson on this device; none where the browser forbids storage. */
export function readReadingPlaces(): ReadingPlaces {
  try {
    return parseReadingPlaces(localStorage.getItem(READING_PLACES_KEY));
  } catch {
    return {};
  }
}

/** Keeps the learner's place in `lesson`: the section headed `heading`, or none (the lesson is completed). */
export function saveReadingPlace(lesson: string, heading: string | undefined): void {
  try {
    localStorage.setItem(READING_PLACES_KEY, JSON.stringify(withReadingPlace(readReadingPlaces(), lesson, heading, Date.now())));
  } catch {
    // Storage full or forbidden: the place is not kept, and nothing else is lost.
  }
}
