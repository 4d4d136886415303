/**
 * Every question type's traits (its traits.ts), by type: its LMS interaction type and whether the learner
 * marks it. Apart from ./scoring.ts, so the SCORM runtime does not share the scorers with the question pages.
 */
import { traits as caseAnalysis } from './case/traits.ts';
import { traits as categorize } from './categorize/traits.ts';
import { traits as dialogue } from './dialogue/traits.ts';
import { traits as fill } from './fill/traits.ts';
import { traits as multiple } from './multiple/traits.ts';
import { traits as order } from './order/traits.ts';
import { traits as short } from './short/traits.ts';
import { traits as single } from './single/traits.ts';
import { traits as truefalse } from './truefalse/traits.ts';
import type { QuestionType, QuestionTypeTraits } from './shared.ts';

export const traits: { [T in QuestionType]: QuestionTypeTraits } = { single, multiple, truefalse, order, categorize, fill, dialogue, short, case: caseAnalysis };

/** Whether questions of `type` are marked by the learner against answer points (简答, 案例分析). */
export const isSelfAssessed = (type: QuestionType): boolean => traits[type].selfAssessed === true;
