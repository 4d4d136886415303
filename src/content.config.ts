import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { QuestionSchema } from './question-types/definitions.ts';
import { GlossaryTermSchema } from './schemas/glossary.ts';
import { ExamBlueprintSchema } from './schemas/exam.ts';
import { LearningPathSchema } from './schemas/path.ts';
import { parseQuestionFile } from './lib/question-bank.ts';
import { parseGlossaryFile } from './lib/glossary.ts';
import { CONTENT_LAYOUT, contentRoot, entryId } from './utils/content-files.ts';
import { leaveProblemsToContentCheck, yamlListLoader } from './utils/content-loader.ts';

// Everything a trainer edits lives in the top-level content/ folder (see docs/authoring.md).
// COURSE_CONTENT_DIR points the build at another folder: test fixtures and generated benchmark courses.
// Which files belong to which collection, and their ids, come from utils/content-files.ts: the content
// check (`npm run check:content`, and every build) reads the very same files.

/**
 * Astro's own glob() loader on the files and ids of content-files.ts: one entry per file (a lesson, a
 * module, a path, the exam blueprint). A file with a mistake is let through for the content check to report
 * (content-loader.ts): the build stops on it before any page is made.
 */
const fileLoader = (kind: 'modules' | 'lessons' | 'paths' | 'exam') =>
  leaveProblemsToContentCheck(glob({ pattern: CONTENT_LAYOUT[kind].pattern, base: join(contentRoot(), CONTENT_LAYOUT[kind].folder), generateId: ({ entry }) => entryId(entry) }));

const modules = defineCollection({ loader: fileLoader('modules'), schema: ModuleSchema });

const lessons = defineCollection({ loader: fileLoader('lessons'), schema: LessonSchema });

// A question file is named after its lesson: content/questions/<module>/<lesson>.yaml.
const questions = defineCollection({ loader: yamlListLoader('questions', parseQuestionFile), schema: QuestionSchema });

const glossary = defineCollection({ loader: yamlListLoader('glossary', (file, source) => parseGlossaryFile(file, source)), schema: GlossaryTermSchema });

// The mock exam's blueprint: one file, content/exam.yaml (entry id "exam").
const exam = defineCollection({ loader: fileLoader('exam'), schema: ExamBlueprintSchema });

const paths = defineCollection({ loader: fileLoader('paths'), schema: LearningPathSchema });

export const collections = { modules, lessons, questions, glossary, exam, paths };
