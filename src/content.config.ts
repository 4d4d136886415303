import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { QuestionSchema } from './schemas/question.ts';
import { GlossaryTermSchema } from './schemas/glossary.ts';
import { ExamBlueprintSchema } from './schemas/exam.ts';
import { LearningPathSchema } from './schemas/path.ts';
import { parseQuestionFile } from './lib/question-bank.ts';
import { parseGlossaryFile } from './lib/glossary.ts';
import { yamlListLoader } from './utils/yaml-list-loader.ts';

// Everything a trainer edits lives in the top-level content/ folder (see docs/authoring.md).
// COURSE_CONTENT_DIR points the build at another folder: test fixtures and generated benchmark courses.
const root = (process.env.COURSE_CONTENT_DIR ?? './content').replace(/\/?$/, '/');

const modules = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}modules` }),
  schema: ModuleSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}lessons` }),
  schema: LessonSchema,
});

// A question file is named after its lesson: content/questions/<module>/<lesson>.yaml.
const questions = defineCollection({
  loader: yamlListLoader({ base: `${root}questions/`, label: 'question bank', parseFile: parseQuestionFile }),
  schema: QuestionSchema,
});

const glossary = defineCollection({
  loader: yamlListLoader({ base: `${root}glossary/`, label: 'glossary', parseFile: (file, source) => parseGlossaryFile(file, source) }),
  schema: GlossaryTermSchema,
});

// The mock exam's blueprint: one file, content/exam.yaml (entry id "exam").
const exam = defineCollection({
  loader: glob({ pattern: 'exam.yaml', base: root }),
  schema: ExamBlueprintSchema,
});

const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}paths` }),
  schema: LearningPathSchema,
});

export const collections = { modules, lessons, questions, glossary, exam, paths };
