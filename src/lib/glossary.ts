import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { formatIssue, itemLabel, parseYamlList, type ListFileResult } from './yaml-list.ts';

/** Parses and validates one glossary file: a list of terms. */
export function parseGlossaryFile(file: string, source: string): ListFileResult<GlossaryTerm> {
  const { list, error } = parseYamlList(file, source, 'terms');
  if (error) return { items: [], errors: [error] };
  const items: GlossaryTerm[] = [];
  const errors: string[] = [];
  list.forEach((raw, index) => {
    const result = GlossaryTermSchema.safeParse(raw);
    if (result.success) items.push(result.data);
    else for (const issue of result.error.issues) errors.push(`${file}: ${itemLabel(raw, index, 'term')}: ${formatIssue(issue)}`);
  });
  return { items, errors };
}
