/**
 * Checks everything in content/ in a few seconds, without building the site: `npm run check:content`
 * (or `npm run check:content -- <content folder>`). The same check runs at the start of every build and
 * on every change under `npm run dev`. Prints every problem once, in Chinese, and exits 1; once there is
 * none, prints the warnings (figures about the bank a trainer may want to improve), which never fail it.
 */
import { checkCourse, problemReport } from '../src/utils/course-check.ts';
import { contentRoot } from '../src/utils/content-files.ts';
import { say } from '../src/lib/content-messages.ts';
import ui from '../src/i18n/zh-CN.json' with { type: 'json' };
import type { QuestionType } from '../src/question-types/shared.ts';

const { problems, warnings, counts } = await checkCourse(contentRoot(process.argv[2]));
if (problems.length) {
  // The problems alone, exactly as the build prints them: the warnings can wait until these are fixed.
  console.error(problemReport(problems));
  process.exit(1);
}
const types = Object.entries(counts.byType)
  .map(([type, n]) => `${ui[`quiz.type.${type as QuestionType}`]} ${n}`)
  .join('，');
const { modules, lessons, questions, terms, paths } = counts;
console.log(say('report.ok', { modules, lessons, questions, terms, paths, types }));
if (warnings.length) console.log(`\n${problemReport([], warnings)}`);
