/**
 * /check/rules.json: the compiled rules of 报告体检 with their links, written once by the build.
 * The /check/ page loads it when it opens; `npm run check` reads it from the built site.
 */
import type { APIRoute } from 'astro';
import { checkRules } from '../../build/check-rules.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await checkRules()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
