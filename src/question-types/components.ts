/** Every question type's server rendering, by type: its form controls (Body) and its no-JS answer (Answer). */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { QuestionType } from './shared.ts';
import SingleBody from './single/Body.astro';
import SingleAnswer from './single/Answer.astro';
import MultipleBody from './multiple/Body.astro';
import MultipleAnswer from './multiple/Answer.astro';
import TrueFalseBody from './truefalse/Body.astro';
import TrueFalseAnswer from './truefalse/Answer.astro';
import OrderBody from './order/Body.astro';
import OrderAnswer from './order/Answer.astro';
import CategorizeBody from './categorize/Body.astro';
import CategorizeAnswer from './categorize/Answer.astro';
import FillBody from './fill/Body.astro';
import FillAnswer from './fill/Answer.astro';
import DialogueBody from './dialogue/Body.astro';
import DialogueAnswer from './dialogue/Answer.astro';
import ShortBody from './short/Body.astro';
import ShortAnswer from './short/Answer.astro';
import CaseBody from './case/Body.astro';
import CaseAnswer from './case/Answer.astro';

/** Both components take the question as `question`. */
export const components: { [T in QuestionType]: { Body: AstroComponentFactory; Answer: AstroComponentFactory } } = {
  single: { Body: SingleBody, Answer: SingleAnswer },
  multiple: { Body: MultipleBody, Answer: MultipleAnswer },
  truefalse: { Body: TrueFalseBody, Answer: TrueFalseAnswer },
  order: { Body: OrderBody, Answer: OrderAnswer },
  categorize: { Body: CategorizeBody, Answer: CategorizeAnswer },
  fill: { Body: FillBody, Answer: FillAnswer },
  dialogue: { Body: DialogueBody, Answer: DialogueAnswer },
  short: { Body: ShortBody, Answer: ShortAnswer },
  case: { Body: CaseBody, Answer: CaseAnswer },
};
