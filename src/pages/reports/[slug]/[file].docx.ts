/** /reports/<slug>/<slug>.docx: each sample in the 公文 layout, written at build time (src/build/outline-data.ts). */
import type { APIRoute } from 'astro';
import { getReports, type Report } from '../../../build/reports.ts';
import { reportDocx } from '../../../build/outline-data.ts';

export async function getStaticPaths() {
  return (await getReports()).map((report) => ({ params: { slug: report.id, file: report.id }, props: { report } }));
}

export const GET: APIRoute<{ report: Report }> = async ({ props }) =>
  new Response(await reportDocx(props.report), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
