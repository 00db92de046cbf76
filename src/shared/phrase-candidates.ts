/**
 * Candidate expressions for the phrase bank: wordings that recur in the sample reports but are
 * not yet in the bank. Pure functions (no file access), used by scripts/phrase-candidates.ts.
 * Three kinds:
 *  - ngram: punctuation-free runs of 4–12 characters that occur in two or more reports;
 *  - series: parallel series of three or more short items joined by 、 (学法、守法、用法);
 *  - opener: the clause after 一是 / 二是 / 三是 … up to the first 。 or ，(or ；：).
 * A candidate already contained in a bank phrase or variant (after normalisation) is left out.
 */
import { SLOT, normalize } from './normalize.ts';

export interface SampleText {
  /** Report slug, e.g. jiangwan-town-mayor-2023. */
  report: string;
  /** Plain text (see stripMarkup); paragraphs separated by newlines. */
  text: string;
}

export type CandidateKind = 'ngram' | 'series' | 'opener';

export interface Candidate {
  kind: CandidateKind;
  /** The expression as it reads in the samples (for ngrams: the normalised run). */
  text: string;
  /** Normalised form: the key used for counting and for the bank check. */
  key: string;
  /** Reports it occurs in, sorted. */
  reports: string[];
  /** Occurrences in all reports. */
  count: number;
  /** One occurrence with some context, and its report. */
  example: { report: string; text: string };
}

/** Markdown of a sample report → plain text: no front matter, tags, heading marks or emphasis. */
export function stripMarkup(md: string): string {
  return md
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" })[e] ?? '')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * The normalised strings a candidate is checked against: every bank text and variant;
 * a template contributes its fixed parts (the text between 〔slots〕).
 */
export function bankNeedles(phrases: { text: string; variants?: string[] }[]): string[] {
  return phrases
    .flatMap((p) => [p.text, ...(p.variants ?? [])])
    .flatMap((w) => w.split(new RegExp(SLOT.source, 'g')))
    .map(normalize)
    .filter((s) => s.length > 0);
}

/** Whether the normalised key already lies inside a bank wording. */
export const inBank = (key: string, needles: string[]) => needles.some((n) => n.includes(key));

const PUNCT_RUN = /[\s\p{P}\p{S}]+/u;

/** NFKC + lower case, keeping for every output code unit the offset of its source character. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = ch.normalize('NFKC').toLowerCase();
    folded += f;
    for (let i = 0; i < f.length; i++) map.push(offset);
    offset += ch.length;
  }
  return { folded, map };
}
const HAN = /\p{Script=Han}/u;

interface Tally {
  text: string;
  reports: Set<string>;
  count: number;
  example?: { report: string; text: string };
}

function tally(map: Map<string, Tally>, key: string, text: string, report: string, example: () => string) {
  let t = map.get(key);
  if (!t) {
    t = { text, reports: new Set(), count: 0 };
    map.set(key, t);
  }
  t.reports.add(report);
  t.count++;
  t.example ??= { report, text: example() };
}

/** Up to `width` characters either side of text[start, end), with … where cut. */
export function context(text: string, start: number, end: number, width = 15): string {
  const before = [...text.slice(0, start)];
  const after = [...text.slice(end)];
  return (
    (before.length > width ? '…' : '') + before.slice(-width).join('') + text.slice(start, end) + after.slice(0, width).join('') + (after.length > width ? '…' : '')
  );
}

const finish = (kind: CandidateKind, map: Map<string, Tally>, keep: (key: string, t: Tally) => boolean): Candidate[] =>
  [...map]
    .filter(([key, t]) => keep(key, t))
    .map(([key, t]) => ({ kind, text: t.text, key, reports: [...t.reports].sort(), count: t.count, example: t.example! }))
    .sort((a, b) => b.reports.length - a.reports.length || b.count - a.count || [...b.key].length - [...a.key].length || a.key.localeCompare(b.key));

/**
 * N-grams of `min`–`max` characters inside punctuation-free runs (normalised text) that occur
 * in at least `minReports` reports. An n-gram that only ever occurs inside one longer n-gram
 * (same count and reports as a one-character extension) is left out in favour of the longer one.
 * N-grams with digits (dates, figures) or fewer than two Chinese characters are left out too.
 */
export function ngramCandidates(samples: SampleText[], needles: string[], { min = 4, max = 12, minReports = 2 } = {}): Candidate[] {
  const map = new Map<string, Tally>();
  for (const s of samples) {
    for (const para of s.text.split('\n')) {
      const { folded, map: offsets } = foldWithMap(para);
      for (const run of folded.split(PUNCT_RUN)) {
        const chars = [...run];
        for (let i = 0; i < chars.length; i++) {
          for (let n = min; n <= max && i + n <= chars.length; n++) {
            const gram = chars.slice(i, i + n).join('');
            tally(map, gram, gram, s.report, () => {
              const at = folded.indexOf(gram);
              return context(para, offsets[at], offsets[at + gram.length - 1] + 1);
            });
          }
        }
      }
    }
  }
  // Prune to frequent n-grams, then index each by its one-character-shorter prefix and suffix.
  for (const [k, t] of map) if (t.reports.size < minReports) map.delete(k);
  const extensions = new Map<string, Tally[]>();
  for (const [k, t] of map) {
    const chars = [...k];
    if (chars.length <= min) continue;
    for (const shorter of new Set([chars.slice(1).join(''), chars.slice(0, -1).join('')])) extensions.set(shorter, [...(extensions.get(shorter) ?? []), t]);
  }
  const subsumed = (key: string, t: Tally) => (extensions.get(key) ?? []).some((o) => o.count === t.count && o.reports.size === t.reports.size);
  return finish('ngram', map, (key, t) => {
    if (/\d/.test(key) || [...key].filter((c) => HAN.test(c)).length < 2) return false;
    // Pieces of 一是… openers (一是严格, 是严格执行) are listed as openers instead.
    if (/^[一二三四五六七八九十]?是/.test(key)) return false;
    if (inBank(key, needles)) return false;
    return !subsumed(key, t);
  });
}

/**
 * Parallel series: three or more items of equal length (two to four Chinese characters)
 * joined by 、. The first and last items are cut to that length, since the text around them
 * runs on (开展学法、守法、用法 → 学法、守法、用法).
 */
export function seriesCandidates(samples: SampleText[], needles: string[], { minItems = 3 } = {}): Candidate[] {
  const map = new Map<string, Tally>();
  const RUN = /\p{Script=Han}+(?:、\p{Script=Han}+)+/gu;
  for (const s of samples) {
    for (const para of s.text.split('\n')) {
      for (const m of para.matchAll(RUN)) {
        const items = m[0].split('、');
        if (items.length < minItems) continue;
        const middle = items.slice(1, -1).map((x) => [...x].length);
        const len = middle[0];
        if (len < 2 || len > 4 || middle.some((l) => l !== len)) continue;
        const first = [...items[0]];
        // The last item runs on into the sentence; 等 ends a list (电子屏等宣传阵地 → 电子屏).
        const rawLast = items[items.length - 1];
        const etc = rawLast.indexOf('等');
        const last = etc >= 2 && etc <= len + 1 ? [...rawLast.slice(0, etc)] : [...rawLast].slice(0, len);
        if (first.length < len || last.length < Math.min(2, len)) continue;
        if (etc < 2 && [...rawLast].length < len) continue;
        const cut = [first.slice(-len).join(''), ...items.slice(1, -1), last.join('')];
        const series = cut.join('、');
        const start = m.index! + m[0].indexOf(series);
        tally(map, normalize(series), series, s.report, () => context(para, start, start + series.length));
      }
    }
  }
  return finish('series', map, (key) => !inBank(key, needles));
}

/**
 * 一是…二是… openers: the clause after 一是, 二是, 三是 … up to the first 。 or ，(also ； or ：,
 * which end a clause just as well), at most `maxLength` characters.
 */
export function openerCandidates(samples: SampleText[], needles: string[], { maxLength = 30 } = {}): Candidate[] {
  const map = new Map<string, Tally>();
  const OPENER = /(?<=^|[。；;：:，,、！？\s])[一二三四五六七八九十]是([^。，,；;：:]+)/gu;
  for (const s of samples) {
    for (const para of s.text.split('\n')) {
      for (const m of para.matchAll(OPENER)) {
        const clause = m[1].trim();
        const key = normalize(clause);
        if (!key || [...clause].length > maxLength) continue;
        const start = m.index! + m[0].indexOf(clause);
        tally(map, key, clause, s.report, () => context(para, m.index!, start + clause.length));
      }
    }
  }
  return finish('opener', map, (key) => [...key].length >= 2 && !inBank(key, needles));
}

export const KIND_LABELS: Record<CandidateKind, string> = {
  ngram: '多篇范文重复出现的词串（4–12 字）',
  series: '并列短语（三项以上，每项二至四字，以顿号连接）',
  opener: '“一是……二是……”领起的小标题句',
};

/** A readable, ranked report of the candidates, one section per kind. */
export function formatCandidates(
  groups: Record<CandidateKind, Candidate[]>,
  { limit = 30, reports = 0, phrases = 0 }: { limit?: number; reports?: number; phrases?: number } = {},
): string {
  const lines = [`规范表述候选：范文 ${reports} 篇，表述库已有 ${phrases} 条。已收入表述库（含其他写法）的不再列出。`, ''];
  const numerals = ['一', '二', '三'];
  (Object.keys(KIND_LABELS) as CandidateKind[]).forEach((kind, i) => {
    const list = groups[kind];
    lines.push(`${numerals[i]}、${KIND_LABELS[kind]}：共 ${list.length} 个${list.length > limit ? `，列出前 ${limit} 个` : ''}`);
    if (list.length === 0) lines.push('  （没有）');
    list.slice(0, limit).forEach((c, j) => {
      lines.push(`${String(j + 1).padStart(4)}. ${c.text}`);
      lines.push(`      ${c.reports.length} 篇 ${c.count} 次｜例：${c.example.text}（${c.example.report}）`);
    });
    lines.push('');
  });
  return lines.join('\n');
}
