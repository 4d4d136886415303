import type { ProgressData } from '../../../src/lib/progress/types.ts';

/** Valid progress with something in every part. */
export function sampleProgress(): ProgressData {
  return {
    version: 3,
    learnerName: '王小明',
    learnerId: 'K7Q2M9XD',
    staffId: '1024',
    lessons: {
      'basics/greeting': { firstVisit: 1000, lastVisit: 5000, completedAt: 4000, seconds: 300 },
      'basics/listening': { firstVisit: 2000, lastVisit: 2000, seconds: 45 },
    },
    attempts: {
      'greeting-01': [
        { at: 1100, correct: false, score: 0, source: 'lesson', answer: '您好，请稍等' },
        { at: 1200, correct: true, score: 1, source: 'lesson' },
      ],
      'listening-02': [{ at: 2100, correct: false, score: 0.5, source: 'practice' }],
    },
    exams: [
      {
        id: 'exam-1',
        seed: 42,
        startedAt: 3000,
        submittedAt: 3600,
        score: 0.8,
        passed: true,
        passMark: 0.6,
        questionIds: ['greeting-01', 'listening-02'],
        byModule: { basics: { score: 8, total: 10 } },
      },
    ],
    notebook: { 'listening-02': { addedAt: 2100, lastWrongAt: 2100, streak: 0 } },
    practice: { 'basics-drill': 7 },
    favourites: { 'greeting-01': 1300 },
    path: { id: 'new-hire', since: 900 },
    pathSteps: { 'new-hire/basics': 4200 },
    updatedAt: 5000,
  };
}
