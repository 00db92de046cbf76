/**
 * Build-time data for 起草提纲 (/draft/) and the sample reports' .docx files. The outline data
 * comes from the validated collections through the shared outlineData(), the same cut the CLI
 * makes from the files; the .docx files are packed here with Packer.toBuffer.
 */
import { getCollection } from 'astro:content';
import { Packer } from 'docx';
import { gongwenDocument } from '../shared/outline/gongwen-docx.ts';
import { outlineData, type PhraseEntry } from '../shared/outline/outline-data.ts';
import type { OutlineData } from '../shared/outline/outline.ts';
import { reportModel } from '../shared/outline/report-blocks.ts';
import type { Report } from './reports.ts';
import { loadBank, rankByAttestation } from './phrase-bank.ts';
import { REPORT_TYPES, REPORT_TYPE_SLUGS } from '../shared/schemas/vocab.ts';

export const DRAFT_PATH = '/draft/';
export const DRAFT_DATA_PATH = '/draft/data.json';

/**
 * The guides, the phrase bank ranked as the bank ranks it (most widely attested first: samples,
 * public reports and official sources; ties keep file order), and the topics, as the outline reads
 * them. Written once to /draft/data.json, which the page and `npm run outline` both read.
 */
export async function draftData(): Promise<OutlineData> {
  const [guides, topics, bank] = await Promise.all([getCollection('guides'), getCollection('topics'), loadBank()]);
  return outlineData({
    guides: guides.map((g) => ({ id: g.id, ...g.data })),
    // A stable sort of the whole bank keeps, within every move, the order rankByAttestation gives that move.
    phrases: rankByAttestation(bank.phrases, bank).map((p) => p.data as PhraseEntry),
    topics: topics.map((t) => ({ id: t.id, ...t.data })),
  });
}

/** Where a sample's .docx is served: next to its page, named by its slug. */
export const reportDocxPath = (slug: string) => `/reports/${slug}/${slug}.docx`;

/** A sample report as a .docx in the 公文 layout, its text as the source's (redaction marks kept). */
export async function reportDocx(report: Report): Promise<Uint8Array<ArrayBuffer>> {
  const model = reportModel({ title: report.data.title, body: report.body ?? '' });
  return new Uint8Array(await Packer.toBuffer(gongwenDocument(model)));
}

/** The /draft/ page opened on a guide's first report type, so a guide links to its own outline. */
export function draftPath(reportTypes: string[]): string {
  const type = REPORT_TYPES.find((t) => t === reportTypes[0]);
  return type ? `${DRAFT_PATH}?t=${REPORT_TYPE_SLUGS[type]}` : DRAFT_PATH;
}
