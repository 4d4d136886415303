/** Every question type's browser side, by type: how the question element reads and marks an answer. */
import { caseAnalysis } from './case/client.ts';
import { categorize } from './categorize/client.ts';
import { dialogue } from './dialogue/client.ts';
import { fill } from './fill/client.ts';
import { multiple } from './multiple/client.ts';
import { order } from './order/client.ts';
import { short } from './short/client.ts';
import { single } from './single/client.ts';
import { truefalse } from './truefalse/client.ts';
import type { QuestionTypeClient } from './client-shared.ts';
import type { AnswerKeyOf, ResponseOf } from './scoring.ts';
import type { QuestionType } from './shared.ts';

export const clients: { [T in QuestionType]: QuestionTypeClient<AnswerKeyOf<T>, ResponseOf<T>> } = {
  single,
  multiple,
  truefalse,
  order,
  categorize,
  fill,
  dialogue,
  short,
  case: caseAnalysis,
};

/** The client of `type`, loosely typed for callers that hold a key and response of that same type. */
export const clientOf = (type: QuestionType) => clients[type] as QuestionTypeClient<AnswerKeyOf<QuestionType>, ResponseOf<QuestionType>>;
