import { describe, expect, it } from 'vitest';
import { addressAtPlace, MAX_READING_PLACES, parseReadingPlaces, sectionBeingRead, withReadingPlace } from '../../src/lib/reading-place.ts';

describe('where the learner stopped reading a lesson', () => {
  it('is the last section whose heading has scrolled up past a third of the window', () => {
    const tops = [
      { id: '五类障碍', top: -900 },
      { id: '十种沟通障碍', top: -120 },
      { id: '光环效应', top: 400 },
      { id: 'quiz', top: 2000 },
    ];
    expect(sectionBeingRead(tops, 250)).toBe('十种沟通障碍');
    expect(sectionBeingRead(tops, 450)).toBe('光环效应');
    // Still above the first section: nothing to come back to.
    expect(sectionBeingRead([{ id: '五类障碍', top: 600 }], 250)).toBeUndefined();
  });

  it('is kept per lesson, replaced when the learner leaves the lesson again, and dropped once the lesson is completed', () => {
    let places = withReadingPlace({}, 'communication/barriers', '十种沟通障碍', 1);
    places = withReadingPlace(places, 'complaints/six-steps', '第三步', 2);
    places = withReadingPlace(places, 'communication/barriers', '光环效应', 3);
    expect(places).toEqual({ 'complaints/six-steps': { heading: '第三步', at: 2 }, 'communication/barriers': { heading: '光环效应', at: 3 } });
    expect(withReadingPlace(places, 'complaints/six-steps', undefined, 4)).toEqual({ 'communication/barriers': { heading: '光环效应', at: 3 } });
  });

  it('keeps the places of the lessons left most recently only', () => {
    let places = {};
    for (let i = 0; i < MAX_READING_PLACES + 5; i++) places = withReadingPlace(places, `m/l${i}`, 'h', i);
    const kept = Object.keys(places);
    expect(kept).toHaveLength(MAX_READING_PLACES);
    expect(kept).not.toContain('m/l4');
    expect(kept).toContain(`m/l${MAX_READING_PLACES + 4}`);
  });

  it('reads what was stored, leaving out anything damaged or hand-edited, never throwing', () => {
    expect(parseReadingPlaces(null)).toEqual({});
    expect(parseReadingPlaces('{不是 JSON')).toEqual({});
    expect(parseReadingPlaces('[1,2]')).toEqual({});
    expect(
      parseReadingPlaces(
        JSON.stringify({
          'a/b': { heading: '光环效应', at: 5 },
          'a/c': { heading: 'x" onmouseover="alert(1)', at: 5 },
          'a/d': { heading: '要点回顾' },
          'a/e': null,
          'a/f': { heading: '', at: 1 },
        }),
      ),
    ).toEqual({ 'a/b': { heading: '光环效应', at: 5 } });
  });

  it('takes the learner back to that section from the lesson address "继续学习" links to', () => {
    expect(addressAtPlace('/lessons/communication/barriers/', { heading: '光环效应第一印象遮住了其他信息', at: 1 })).toBe(
      `/lessons/communication/barriers/#${encodeURIComponent('光环效应第一印象遮住了其他信息')}`,
    );
    expect(addressAtPlace('/lessons/communication/barriers/', undefined)).toBe('/lessons/communication/barriers/');
  });
});
