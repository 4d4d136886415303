import { QUESTION_TYPES, QuestionSchema, type Question } from '../schemas/question.ts';
import { describeIssue, formatProblem } from './content-messages.ts';
import { itemLabel, parseYamlList, type ListFileResult } from './yaml-list.ts';

/**
 * Parses and validates one question file: a list of questions of the lesson `lessonId`
 * (the file's path below `content/questions/`). Each problem names the file, the line, the question and the field.
 */
export function parseQuestionFile(file: string, source: string, lessonId: string): ListFileResult<Question> {
  const { list, error, lineOf } = parseYamlList(file, source, '题目');
  if (error) return { items: [], errors: [error] };
  const items: Question[] = [];
  const errors: string[] = [];
  const invalidIds: string[] = [];
  const lines = new Map<string, number>();
  list.forEach((raw, index) => {
    const item = itemLabel(raw, index, '题目');
    const line = (path: PropertyKey[], key?: string) => lineOf?.([index, ...path], key);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push(formatProblem({ file, line: line([]), item, message: '这一项应该是一道题，由“id:”“type:”“stem:”等字段组成' }));
      return;
    }
    const result = QuestionSchema.safeParse({ lesson: lessonId, ...raw });
    if (result.success) {
      items.push(result.data);
      lines.set(result.data.id, line([]) ?? 0);
      return;
    }
    const id = (raw as { id?: unknown }).id;
    if (typeof id === 'string') invalidIds.push(id);
    for (const issue of result.error.issues) {
      // A wrong `type` makes zod report a failed union; say what the author can fix instead.
      if (issue.path.length === 1 && issue.path[0] === 'type') {
        const type = (raw as { type?: unknown }).type;
        errors.push(
          formatProblem({
            file,
            line: line(['type']),
            item,
            field: 'type（题型）',
            message: type === undefined ? `缺少题型。请加上一行“type: …”，题型是 ${QUESTION_TYPES.join('、')} 之一` : `没有“${String(type)}”这种题型，请写 ${QUESTION_TYPES.join('、')} 之一`,
          }),
        );
        continue;
      }
      const { field, message } = describeIssue(issue, raw);
      const unknownKeys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys : undefined;
      errors.push(formatProblem({ file, line: line(issue.path, unknownKeys?.[0]), item, field, message }));
    }
  });
  return { items, errors, invalidIds, lines };
}
