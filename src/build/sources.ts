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

/** 《标题》（发布机关，日期）, the form readers cite. */
export function sourceLabel(s: Source): string {
  const title = s.data.title.startsWith('《') || s.data.kind === 'speech' ? s.data.title : `《${s.data.title}》`;
  const extra = [s.data.issuer, s.data.docNumber, s.data.date].filter(Boolean).join('，');
  return extra ? `${title}（${extra}）` : title;
}

export const confidenceLabel = (c: keyof typeof CONFIDENCE) => CONFIDENCE[c];
