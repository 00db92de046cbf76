import { getCollection, type CollectionEntry } from 'astro:content';
import { CONFIDENCE } from '../shared/schemas/vocab.ts';

export type Source = CollectionEntry<'sources'>;

let cache: Promise<Map<string, Source>> | undefined;

/** All sources by key, loaded once per build. */
export function sourcesByKey(): Promise<Map<string, Source>> {
  cache ??= getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s])));
  return cache;
}

/** Link to a source's entry on the sources page. */
export const sourcePath = (key: string) => `/sources/#${key}`;

const KIND_LABELS = { central: '中央文件', local: '地方文件', speech: '讲话与论述', report: '其他公开报告' } as const;

/** Sources grouped by kind, newest first, for the /sources/ page. */
export async function sourceGroups() {
  const sources = [...(await sourcesByKey()).values()].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id));
  return (Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[])
    .map((kind) => ({ kind, label: KIND_LABELS[kind], items: sources.filter((s) => s.data.kind === kind) }))
    .filter((g) => g.items.length > 0);
}

const displayDate = (d: string) => {
  const [y, m, day] = d.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${day ? `${Number(day)}日` : ''}`;
};

/** What /sources/ says where the reference records no official channel: said plainly, not left blank. */
export const NO_CHANNEL = '参考资料没有记录发布全文的官方渠道';

/** The date as the reference gives it: 2021年8月, or 约2023年 where it gives it only as approximate. */
const sourceDate = (s: Source) => s.data.date && `${s.data.dateApprox ? '约' : ''}${displayDate(s.data.date)}`;

/**
 * The citation of a source: its title as readers write it, then issuer, date, 文号, channel and
 * effective date. A missing channel is said (NO_CHANNEL), so a reader does not take a blank for an oversight.
 */
export function sourceCitation(s: Source): { title: string; facts: { label: string; value: string }[] } {
  const title = s.data.title.startsWith('《') || s.data.kind === 'speech' || s.data.kind === 'report' ? s.data.title : `《${s.data.title}》`;
  const facts = [
    { label: '发布机关', value: s.data.issuer },
    { label: '日期', value: sourceDate(s) },
    { label: '文号', value: s.data.docNumber },
    { label: '发布渠道', value: s.data.channel ?? NO_CHANNEL },
    { label: '施行日期', value: s.data.effective && displayDate(s.data.effective) },
  ].filter((f): f is { label: string; value: string } => !!f.value);
  return { title, facts };
}

/** 《标题》（发布机关，日期）, the form readers cite. */
export function sourceLabel(s: Source): string {
  const title = s.data.title.startsWith('《') || s.data.kind === 'speech' ? s.data.title : `《${s.data.title}》`;
  const extra = [s.data.issuer, s.data.docNumber, s.data.date && `${s.data.dateApprox ? '约' : ''}${s.data.date}`].filter(Boolean).join('，');
  return extra ? `${title}（${extra}）` : title;
}

export const confidenceLabel = (c: keyof typeof CONFIDENCE) => CONFIDENCE[c];
