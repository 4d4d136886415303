/** How this type is answered and reported, beyond its scoring (see QuestionTypeTraits). */
import type { QuestionTypeTraits } from '../shared.ts';

export const traits: QuestionTypeTraits = { interaction: ['choice', 'choice'] };
