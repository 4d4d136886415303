import type { APIRoute } from 'astro';
import { getCourse } from '../../utils/course.ts';

/** Which lesson's question set holds each question: `{ "<lesson id>": ["<question id>", …] }`, read by load-question.ts. */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  const sets = Object.fromEntries(course.lessons.map((l) => [l.id, course.questionsOf(l.id).map((q) => q.id)]).filter(([, ids]) => ids!.length));
  return new Response(JSON.stringify(sets), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
