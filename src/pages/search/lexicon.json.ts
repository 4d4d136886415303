import type { APIRoute } from 'astro';
import { buildSearchData } from '../../lib/search/lexicon.ts';
import { getCourse } from '../../utils/course.ts';

/** Aliases, course words and glossary terms for the search box (src/lib/search/lexicon.ts). */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  const data = buildSearchData(
    course.lessons.map((l) => l.data),
    [...course.glossary.values()],
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
