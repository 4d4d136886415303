/**
 * The trainer's custom path a learner follows, as the home page shows it: loaded only for that learner,
 * with the link reader of lib/paths.ts.
 */
import { parseCustomPath } from '../../lib/paths.ts';
import type { PathStep } from '../../schemas/path.ts';

interface Link {
  title: string;
  href: string;
}

/**
 * The custom path of `link` (its query, `?p=…`) with the custom path page's address and each step's, each
 * carrying the path on; undefined when none of its steps is in the course any more. `untitled` names a path
 * whose link gives no title.
 */
export function customPathLinks(
  link: string,
  course: { lessons: Record<string, Link>; practice: Record<string, Link>; customPath: string },
  untitled: string,
): (Link & { steps: (PathStep & Link)[] }) | undefined {
  const { lessons, practice } = course;
  const { steps, title } = parseCustomPath(link, { lessons: Object.keys(lessons), modules: Object.keys(practice) });
  if (steps.length === 0) return undefined;
  // `link` is kept as followCustomPath writes it, ready to append.
  return {
    title: title || untitled,
    href: course.customPath + link,
    steps: steps.map((step) => {
      const { title: stepTitle, href } = 'lesson' in step ? lessons[step.lesson]! : practice[step.practice]!;
      return { ...step, title: stepTitle, href: href + link };
    }),
  };
}
