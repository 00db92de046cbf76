/**
 * /public-reports/entry-pages.json: the page of the full catalogue each entry is on (key → page
 * number), so an old address /public-reports/#<key> still finds its entry
 * (src/browser/catalogue-anchor.ts fetches this only when the key is not on the first page).
 */
import { entryPages, getPublicReports } from '../../build/public-reports.ts';

export async function GET() {
  return new Response(JSON.stringify(entryPages(await getPublicReports())), { headers: { 'Content-Type': 'application/json' } });
}
