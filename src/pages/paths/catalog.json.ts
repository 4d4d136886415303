import type { APIRoute } from 'astro';
import { getCourse } from '../../utils/course.ts';
import { t } from '../../lib/i18n.ts';
import type { PathCatalog } from '../../lib/paths.ts';

/** Lesson and practice-set titles by id: a lesson opened from a custom path fetches it to show its place. */
export const GET: APIRoute = async () => {
  const course = await getCourse();
  const catalog: PathCatalog = {
    lessons: Object.fromEntries(course.lessons.map((l) => [l.id, l.data.title])),
    modules: Object.fromEntries(course.modules.map((m) => [m.id, t('custom.practice', { module: m.title })])),
  };
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
