import type { AnswerWith } from './e2e-shared.ts';
import type { KeyPointsKey } from './key-points.ts';

/** A written answer's two steps: type it, 对照答题要点, tick every point (rightly) or none, 记录自评. */
export const answerWritten: AnswerWith<KeyPointsKey> = async ({ page, question, right, keys }) => {
  await keys.typeInto(page, question.locator('textarea'), '先向顾客道歉,再了解情况,提出补偿方案。');
  await keys.press(page, question.getByRole('button', { name: '对照答题要点' }));
  await question.locator('.q-keypoints').waitFor({ state: 'visible' });
  if (right) for (const box of await question.locator('.q-keypoints input').all()) await keys.tick(page, box);
  await keys.press(page, question.getByRole('button', { name: '记录自评' }));
};
