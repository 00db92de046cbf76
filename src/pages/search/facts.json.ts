/** /search/facts.json: what the search indexer needs beyond the built pages (src/build/search-facts.ts); the search page never loads it. */
import type { APIRoute } from 'astro';
import { searchFacts } from '../../build/search-facts.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchFacts()), { headers: { 'Content-Type': 'application/json' } });
