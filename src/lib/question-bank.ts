import { QUESTION_TYPES } from '../question-types/shared.ts';
import { QuestionSchema, type Question } from '../question-types/definitions.ts';
import { say } from './content-messages.ts';
import { idsInText, itemProblems, itemRef, parseYamlList, type ListFileResult } from './yaml-list.ts';

/**
 * Parses and validates one question file: a list of questions of the lesson `lessonId`
 * (the file's path below `content/questions/`). Each problem names the file, the line, the question and the field.
 */
export function parseQuestionFile(file: string, source: string, lessonId: string): ListFileResult<Question> {
  const { list, error, lineOf } = parseYamlList(file, source, 'question');
  // Not valid YAML: one problem, and the ids written in it are known, so lessons naming them get no second one.
  if (error) return { items: [], errors: [error], invalidIds: idsInText(source) };
  const result: Required<ListFileResult<Question>> = { items: [], errors: [], invalidIds: [], itemLines: [] };
  const types = QUESTION_TYPES.join(say('where.list'));
  list.forEach((raw, index) => {
    const item = itemRef(raw, index, 'question');
    const line = (path: PropertyKey[], key?: string) => lineOf?.([index, ...path], key);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      result.errors.push({ file, line: line([]), item, code: 'question.notAnItem' });
      return;
    }
    const parsed = QuestionSchema.safeParse({ lesson: lessonId, ...raw });
    if (parsed.success) {
      result.items.push(parsed.data);
      result.itemLines.push(line([]) ?? 0);
      return;
    }
    const id = (raw as { id?: unknown }).id;
    if (typeof id === 'string') result.invalidIds.push(id);
    // A wrong `type` makes zod report a failed union; say what the author can fix instead.
    const typeIssue = parsed.error.issues.some((issue) => issue.path.length === 1 && issue.path[0] === 'type');
    if (typeIssue) {
      const type = (raw as { type?: unknown }).type;
      result.errors.push(
        type === undefined
          ? { file, line: line(['type']), item, field: ['type'], code: 'question.missingType', values: { types } }
          : { file, line: line(['type']), item, field: ['type'], code: 'question.unknownType', values: { type: typeof type === 'string' ? type : JSON.stringify(type), types } },
      );
    }
    const rest = parsed.error.issues.filter((issue) => !(issue.path.length === 1 && issue.path[0] === 'type'));
    result.errors.push(...itemProblems(file, raw, index, 'question', rest, lineOf));
  });
  return result;
}
