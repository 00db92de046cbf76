/** /draft/data.json: the guides and phrase bank the 起草提纲 page builds its outline from (src/build/outline-data.ts). */
import type { APIRoute } from 'astro';
import { draftData } from '../../build/outline-data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await draftData()), { headers: { 'Content-Type': 'application/json' } });
