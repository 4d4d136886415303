import { QUESTION_TYPES, QuestionSchema, type Question } from '../schemas/question.ts';
import { formatIssue, itemLabel, parseYamlList, type ListFileResult } from './yaml-list.ts';

/**
 * Parses and validates one question file: a list of questions of the lesson `lessonId`
 * (the file's path below `content/questions/`). Each problem names the file, the question and the field.
 */
export function parseQuestionFile(file: string, source: string, lessonId: string): ListFileResult<Question> {
  const { list, error } = parseYamlList(file, source, 'questions');
  if (error) return { items: [], errors: [error] };
  const items: Question[] = [];
  const errors: string[] = [];
  list.forEach((raw, index) => {
    const label = itemLabel(raw, index, 'question');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push(`${file}: ${label}: expected fields such as "id:", "type:" and "stem:"`);
      return;
    }
    const result = QuestionSchema.safeParse({ lesson: lessonId, ...raw });
    if (result.success) {
      items.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      // A wrong `type` makes zod report a failed union; say what the author can fix instead.
      const message =
        issue.path.length === 1 && issue.path[0] === 'type'
          ? `field "type": unknown type ${JSON.stringify((raw as { type?: unknown }).type)} (use one of: ${QUESTION_TYPES.join(', ')})`
          : formatIssue(issue);
      errors.push(`${file}: ${label}: ${message}`);
    }
  });
  return { items, errors };
}
