import type { APIRoute } from 'astro';
import { suggestionTerms } from '../../lib/search/lexicon.ts';
import { getCourse } from '../../utils/course.ts';

/** Glossary terms suggested when a search finds nothing (src/lib/search/suggest.ts). */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  return new Response(JSON.stringify(suggestionTerms([...course.glossary.values()])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
