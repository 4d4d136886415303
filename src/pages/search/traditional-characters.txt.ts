import type { APIRoute } from 'astro';
import { traditionalOnlyCharacters } from '../../utils/chinese.ts';

/** The characters that mark a query as Traditional: the search page fetches this small list first. */
export const GET: APIRoute = () => new Response(traditionalOnlyCharacters(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
