import type { APIRoute } from 'astro';
import { getCourse } from '../../utils/course.ts';

/** Which lesson's question page holds each question: `{ "<lesson id>": ["<question id>", …] }`, read by load-question.ts. */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  const sets: Record<string, string[]> = {};
  for (const lesson of course.lessons) {
    const ids = course.questionsOf(lesson.id).map((q) => q.id);
    if (ids.length) sets[lesson.id] = ids;
  }
  return new Response(JSON.stringify(sets), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
