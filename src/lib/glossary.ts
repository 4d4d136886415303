import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { idsInText, itemProblems, parseYamlList, type ListFileResult } from './yaml-list.ts';

/** Parses and validates one glossary file: a list of terms. */
export function parseGlossaryFile(file: string, source: string): ListFileResult<GlossaryTerm> {
  const { list, error, lineOf } = parseYamlList(file, source, 'term');
  if (error) return { items: [], errors: [error], invalidIds: idsInText(source) };
  const result: Required<ListFileResult<GlossaryTerm>> = { items: [], errors: [], invalidIds: [], itemLines: [] };
  list.forEach((raw, index) => {
    const parsed = GlossaryTermSchema.safeParse(raw);
    if (parsed.success) {
      result.items.push(parsed.data);
      result.itemLines.push(lineOf?.([index]) ?? 0);
      return;
    }
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') result.invalidIds.push(id);
    result.errors.push(...itemProblems(file, raw, index, 'term', parsed.error.issues, lineOf));
  });
  return result;
}
