/** Every question type's browser-test answering, by type (see ./e2e-shared.ts); test/e2e/answer.ts uses it. */
import { answer as caseAnalysis } from './case/e2e.ts';
import { answer as categorize } from './categorize/e2e.ts';
import { answer as dialogue } from './dialogue/e2e.ts';
import { answer as fill } from './fill/e2e.ts';
import { answer as multiple } from './multiple/e2e.ts';
import { answer as order } from './order/e2e.ts';
import { answer as short } from './short/e2e.ts';
import { answer as single } from './single/e2e.ts';
import { answer as truefalse } from './truefalse/e2e.ts';
import type { AnswerWith } from './e2e-shared.ts';
import type { AnswerKeyOf } from './scoring.ts';
import type { QuestionType } from './shared.ts';

export const answering: { [T in QuestionType]: AnswerWith<AnswerKeyOf<T>> } = { single, multiple, truefalse, order, categorize, fill, dialogue, short, case: caseAnalysis };
