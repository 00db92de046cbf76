/**
 * Build-time view of the 示范稿 (src/content/model-drafts): each draft's blocks annotated with
 * the guide section they fulfil (linked to the guide's section anchor), the phrases of the bank
 * they use (matched here against the bank, never typed by hand; linked to their entries) and the
 * illustrative facts marked in the source; the .docx of each draft; and the drafts' passages of
 * one guide section for the guides' comparison pages. The drafts are never 范文: nothing here
 * feeds the samples' lists, counts, grounding or coverage.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { Packer } from 'docx';
import { assignSections, draftBlocks, draftGongwen, draftLength, type DraftBlock } from '../shared/model-draft.ts';
import { phraseSpansIn } from '../shared/phrase-spans.ts';
import { gongwenDocument } from '../shared/outline/gongwen-docx.ts';
import { MODEL_DRAFT_LEVELS } from '../shared/schemas/model-draft.ts';
import { PHRASE_STATUSES, REPORT_TYPES, type PhraseStatus } from '../shared/schemas/vocab.ts';
import type { ModelStarts } from '../shared/outline/model-start.ts';
import { getGuides, guidePath, type Guide } from './guides.ts';
import { loadBank, phrasePath } from './phrase-bank.ts';
import { href } from './site.ts';

export type ModelDraft = CollectionEntry<'modelDrafts'>;

export const MODEL_DRAFTS_PATH = '/model-drafts/';
export const modelDraftPath = (slug: string) => `${MODEL_DRAFTS_PATH}${slug}/`;
export const modelDraftDocxPath = (slug: string) => `${MODEL_DRAFTS_PATH}${slug}/${slug}.docx`;

const LEVEL_ORDER = Object.keys(MODEL_DRAFT_LEVELS);

/** The drafts in the guides' order, then township, county, department. */
export async function getModelDrafts(): Promise<ModelDraft[]> {
  const [drafts, guides] = await Promise.all([getCollection('modelDrafts'), getGuides()]);
  const typeOrder = (d: ModelDraft) => guides.findIndex((g) => g.data.reportTypes.includes(d.data.reportType));
  return drafts.sort((a, b) => typeOrder(a) - typeOrder(b) || LEVEL_ORDER.indexOf(a.data.level) - LEVEL_ORDER.indexOf(b.data.level) || a.id.localeCompare(b.id));
}

/**
 * For /draft/ (“从示范稿开始”): for every report type an outline can be of, the drafts of the guide
 * that covers it, in getModelDrafts' order. The page picks one with modelStartFor.
 */
export async function modelStarts(): Promise<ModelStarts> {
  const [drafts, guides] = await Promise.all([getModelDrafts(), getGuides()]);
  return Object.fromEntries(
    REPORT_TYPES.map((type) => {
      const guide = guides.find((g) => g.data.reportTypes.includes(type));
      const mine = guide ? drafts.filter((d) => guideOfDraft(d, guides).id === guide.id) : [];
      return [
        type,
        mine.map((d) => ({
          slug: d.id,
          title: d.data.title,
          reportType: d.data.reportType,
          level: d.data.level,
          levelLabel: MODEL_DRAFT_LEVELS[d.data.level],
          href: href(modelDraftPath(d.id)),
          docx: href(modelDraftDocxPath(d.id)),
        })),
      ];
    }),
  );
}

/** The guide of a draft's report type. */
export const guideOfDraft = (draft: ModelDraft, guides: Guide[]) => guides.find((g) => g.data.reportTypes.includes(draft.data.reportType))!;

export interface AnnotatedBlock extends DraftBlock {
  /** The guide section this block fulfils; absent on the 落款 and 成文日期. */
  section?: { id: string; title: string; href: string };
  /** Whether this block opens its section (the side column names the section there). */
  opensSection: boolean;
  /** Phrases of the bank used in the block, in text order, each once. */
  phrases: { id: string; text: string; href: string; status: PhraseStatus; label: string }[];
  note?: string;
}

export interface AnnotatedDraft {
  draft: ModelDraft;
  guide: Guide;
  blocks: AnnotatedBlock[];
  length: number;
  levelLabel: string;
}

const cache = new Map<string, Promise<AnnotatedDraft>>();

/** One draft with every block's annotations, computed once per build. */
export function annotatedDraft(draft: ModelDraft): Promise<AnnotatedDraft> {
  let hit = cache.get(draft.id);
  if (!hit) {
    hit = (async () => {
      const [guides, bank] = await Promise.all([getGuides(), loadBank()]);
      const guide = guideOfDraft(draft, guides);
      const blocks = draftBlocks(draft.body ?? '');
      const { sectionOf } = assignSections(blocks, draft.data.sections, guide.data.sections.map((s) => s.id));
      const phrases = bank.phrases.map((p) => ({ id: p.id, text: p.data.text, variants: p.data.variants, entry: p }));
      const annotated = blocks.map((b, i): AnnotatedBlock => {
        const section = b.closing ? undefined : guide.data.sections.find((s) => s.id === sectionOf[i]);
        const seen = new Set<string>();
        const used = phraseSpansIn(b.text, phrases).filter((s) => !seen.has(s.phrase.id) && seen.add(s.phrase.id));
        const note = draft.data.notes.find((n) => b.text.startsWith(n.startsWith))?.note;
        return {
          ...b,
          ...(section ? { section: { id: section.id, title: section.title, href: href(guidePath(guide.id, section.id)) } } : {}),
          opensSection: !!section && (i === 0 || sectionOf[i - 1] !== section.id),
          phrases: used.map(({ phrase: { entry } }) => ({
            id: entry.id,
            text: entry.data.text,
            href: href(phrasePath(entry)),
            status: entry.data.status,
            label: PHRASE_STATUSES[entry.data.status],
          })),
          ...(note ? { note } : {}),
        };
      });
      return { draft, guide, blocks: annotated, length: draftLength(blocks), levelLabel: MODEL_DRAFT_LEVELS[draft.data.level] };
    })();
    cache.set(draft.id, hit);
  }
  return hit;
}

/** A draft as a .docx in the 公文 layout, the label as its first line. */
export async function modelDraftDocx(draft: ModelDraft): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toBuffer(gongwenDocument(draftGongwen(draft.data.title, draft.body ?? ''))));
}

/** For a guide's comparison page: each draft of the guide with its blocks of one section. */
export async function modelDraftColumns(guide: Guide, section: string): Promise<{ draft: ModelDraft; blocks: AnnotatedBlock[] }[]> {
  const drafts = (await getModelDrafts()).filter((d) => guide.data.reportTypes.includes(d.data.reportType));
  return Promise.all(drafts.map(async (draft) => ({ draft, blocks: (await annotatedDraft(draft)).blocks.filter((b) => b.section?.id === section) })));
}
