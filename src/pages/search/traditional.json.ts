import type { APIRoute } from 'astro';
import { traditionalTable } from '../../utils/chinese.ts';
import { getCourse } from '../../utils/course.ts';

/**
 * Traditional characters and their Simplified forms, for the characters the course's lessons and
 * glossary use: the search checks and converts a query with it (src/components/search/engine.ts).
 */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  const text = JSON.stringify([course.lessons.map((l) => [l.data, l.body]), [...course.glossary.values()]]);
  return new Response(JSON.stringify(traditionalTable(text)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
