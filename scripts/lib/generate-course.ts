/**
 * Writes a synthetic course of `lessons` lessons with `questionsPerLesson` questions each into
 * `dir`, made from the real course's text and questions, for build and search benchmarks.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const LESSONS_PER_MODULE = 30;

function realLessonBodies(content: string): string[] {
  const dir = join(content, 'lessons');
  return (
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---\n/, ''))
      // Keep prose, headings, lists and tables; drop components, which refer to the real course.
      .map((body) =>
        body
          .split('\n')
          .filter((line) => !/^\s*<|^\s*\/?>|^\s*[a-z]+=/.test(line))
          .join('\n')
          .replace(/<[A-Z][^>]*>([^<]*)<\/[A-Z]\w*>/g, '$1'),
      )
  );
}

function realQuestions(content: string): Record<string, unknown>[] {
  const dir = join(content, 'questions');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>[]);
}

/** Generates the course; returns how many lessons and questions it wrote. */
export function generateCourse(content: string, dir: string, lessons: number, questionsPerLesson = 10) {
  const bodies = realLessonBodies(content);
  const questions = realQuestions(content);
  const modules = Math.ceil(lessons / LESSONS_PER_MODULE);
  let written = 0;
  for (let m = 1; m <= modules; m++) {
    const module = `module-${m}`;
    mkdirSync(join(dir, 'modules'), { recursive: true });
    writeFileSync(join(dir, 'modules', `${module}.yaml`), stringify({ title: `模块 ${m}`, summary: `生成的测试模块 ${m}。`, order: m }));
    mkdirSync(join(dir, 'lessons', module), { recursive: true });
    mkdirSync(join(dir, 'questions', module), { recursive: true });
    for (let l = 1; l <= LESSONS_PER_MODULE && written < lessons; l++, written++) {
      const slug = `lesson-${l}`;
      const frontmatter = stringify({
        title: `第 ${written + 1} 课`,
        description: `生成的测试课程 ${written + 1}。`,
        module,
        order: l,
        objectives: ['能读完这一课。'],
        minutes: 10,
        keywords: ['测试', `课程${written + 1}`],
      });
      writeFileSync(join(dir, 'lessons', module, `${slug}.mdx`), `---\n${frontmatter}---\n\n${bodies[written % bodies.length]}\n\n<Quiz lesson />\n`);
      const own = Array.from({ length: questionsPerLesson }, (_, q) => ({
        ...questions[(written * questionsPerLesson + q) % questions.length],
        id: `${module}-${slug}-${q + 1}`,
      }));
      writeFileSync(join(dir, 'questions', module, `${slug}.yaml`), stringify(own));
    }
  }
  writeFileSync(
    join(dir, 'exam.yaml'),
    stringify({
      title: '模拟考试',
      papers: [
        {
          id: 'mock',
          title: '模拟卷',
          minutes: 60,
          passMark: 0.6,
          sections: [
            { types: ['single', 'multiple', 'truefalse'], count: 25 },
            { types: ['case'], count: 3, points: 25 },
          ],
        },
      ],
    }),
  );
  return { lessons: written, questions: written * questionsPerLesson };
}
