/** The MDX components a trainer writes in lessons, gathered in one registry the lesson page hands to MDX. */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import Callout from './Callout.astro';
import SayInstead from './SayInstead.astro';
import LessonLink from './LessonLink.astro';
import Term from './Term.astro';
import Quiz from '../quiz/Quiz.astro';
import Question from '../quiz/Question.astro';
import type { LessonComponent } from '../../lib/lesson-components.ts';

// Every diagram in src/components/diagrams/ is available by its file name, e.g. <CommunicationModel />
// (the content check finds them the same way: course-check.ts diagramNames()).
const diagrams = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: AstroComponentFactory }>('../diagrams/*.astro', { eager: true }))
    .map(([path, mod]) => [path.split('/').pop()!.replace('.astro', ''), mod.default] as const)
    .filter(([name]) => name !== 'Diagram'),
);

// Exactly the components the content check knows (LESSON_COMPONENTS): one missing on either side does not compile.
const named = { Callout, SayInstead, LessonLink, Term, Quiz, Question } satisfies Record<LessonComponent, AstroComponentFactory>;

/** The components a trainer can use in a lesson without an import line. */
export const mdxComponents = { ...named, ...diagrams };
