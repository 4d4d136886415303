import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { describeIssue, formatProblem } from './content-messages.ts';
import { itemLabel, parseYamlList, type ListFileResult } from './yaml-list.ts';

/** Parses and validates one glossary file: a list of terms. */
export function parseGlossaryFile(file: string, source: string): ListFileResult<GlossaryTerm> {
  const { list, error, lineOf } = parseYamlList(file, source, '术语');
  if (error) return { items: [], errors: [error] };
  const items: GlossaryTerm[] = [];
  const errors: string[] = [];
  const invalidIds: string[] = [];
  const lines = new Map<string, number>();
  list.forEach((raw, index) => {
    const result = GlossaryTermSchema.safeParse(raw);
    if (result.success) {
      items.push(result.data);
      lines.set(result.data.id, lineOf?.([index]) ?? 0);
      return;
    }
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') invalidIds.push(id);
    for (const issue of result.error.issues) {
      const { field, message } = describeIssue(issue, raw);
      const unknownKeys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys : undefined;
      errors.push(formatProblem({ file, line: lineOf?.([index, ...issue.path], unknownKeys?.[0]), item: itemLabel(raw, index, '术语'), field, message }));
    }
  });
  return { items, errors, invalidIds, lines };
}
