/** How this type is answered and reported, beyond its scoring (see QuestionTypeTraits): written, self-assessed. */
import type { QuestionTypeTraits } from '../shared.ts';

export const traits: QuestionTypeTraits = { interaction: ['performance', 'long-fill-in'], selfAssessed: true };
