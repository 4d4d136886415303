/**
 * Checks everything in content/ in a few seconds, without building the site: `npm run check:content`
 * (or `npm run check:content -- <content folder>`). The same check runs at the start of every build and
 * on every change under `npm run dev`. Prints every problem once, in Chinese; exits 1 if any.
 */
import { checkCourse, problemReport } from '../src/utils/course-check.ts';
import { contentRoot } from '../src/utils/content-files.ts';

const { problems, counts } = await checkCourse(contentRoot(process.argv[2]));
if (problems.length) {
  console.error(problemReport(problems));
  process.exit(1);
}
const byType = Object.entries(counts.byType).map(([type, n]) => `${type} ${n}`).join('，');
console.log(
  `✓ 内容没有问题：${counts.modules} 个模块，${counts.lessons} 课，${counts.questions} 道题（${byType}），${counts.terms} 个术语，${counts.paths} 条学习路线`,
);
