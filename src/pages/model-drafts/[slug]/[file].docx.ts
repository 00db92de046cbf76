/** /model-drafts/<slug>/<slug>.docx: each 示范稿 in the 公文 layout, the label as its first line (src/build/model-drafts.ts). */
import type { APIRoute } from 'astro';
import { getModelDrafts, modelDraftDocx, type ModelDraft } from '../../../build/model-drafts.ts';

export async function getStaticPaths() {
  return (await getModelDrafts()).map((draft) => ({ params: { slug: draft.id, file: draft.id }, props: { draft } }));
}

export const GET: APIRoute<{ draft: ModelDraft }> = async ({ props }) =>
  new Response(await modelDraftDocx(props.draft), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
