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

/** The citation of a source: its title as readers write it, then issuer, date, 文号, channel and effective date. */
export function sourceCitation(s: Source): { title: string; facts: { label: string; value: string }[] } {
  const title = s.data.title.startsWith('《') || s.data.kind === 'speech' || s.data.kind === 'report' ? s.data.title : `《${s.data.title}》`;
  const facts = [
    { label: '发布机关', value: s.data.issuer },
    { label: '日期', value: s.data.date && displayDate(s.data.date) },
    { label: '文号', value: s.data.docNumber },
    { label: '发布渠道', value: s.data.channel },
    { label: '施行日期', value: s.data.effective && displayDate(s.data.effective) },
  ].filter((f): f is { label: string; value: string } => !!f.value);
  return { title, facts };
}

/** 《标题》（发布机关，日期）, the form readers cite. */
export function sourceLabel(s: Source): string {
  const title = s.data.title.startsWith('《') || s.data.kind === 'speech' ? s.data.title : `《${s.data.title}》`;
  const extra = [s.data.issuer, s.data.docNumber, s.data.date].filter(Boolean).join('，');
  return extra ? `${title}（${extra}）` : title;
}

export const confidenceLabel = (c: keyof typeof CONFIDENCE) => CONFIDENCE[c];
