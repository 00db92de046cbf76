/**
 * Where exactly a phrase of the bank sits in a passage. Matching runs on normalised text
 * (src/shared/normalize.ts: no punctuation, no spaces), so a raw match has to be mapped back
 * and trimmed to the words it stands for:
 *  - a match never runs across 。！？； unless the wording itself does;
 *  - a template's slot never spans a clause break (，。；！？：); a slot that opens the template
 *    starts after the last clause break before the fixed words, so the span never starts mid-word;
 *  - a slot that closes the template takes the whole run of characters up to the next break,
 *    so a number is never cut (通过率达100％, not 通过率达1);
 *  - quotation marks, book-title marks and brackets are balanced: a span that holds one half of
 *    a pair takes the other half when the text has it right next to the span.
 */
import { escapeRegExp } from './escape-regexp.ts';
import { isLevelSlot, isTemplate, normalize, normalizeWithMap, SLOT, slotSource } from './normalize.ts';

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_BREAK = /[。！？；]/u;
const CLAUSE_BREAK = /[，。；！？：,;!?:]/u;
/** What ends the run a closing slot may take. */
const RUN_END = /[\s，。；！？：、,;!?:（）()“”‘’《》「」【】]/u;
const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」'], ['【', '】']];
const SLOT_MAX = 20;


/**
 * A template as a regular expression over normalised text, each slot a capture group. A level
 * slot (〔县〕, src/shared/normalize.ts) is one of its forms exactly: it is never widened to a
 * clause break or a run, so 全面依法治〔县〕委员会 marks 全面依法治市委员会 and nothing more.
 */
function slotRegExp(template: string): { re: RegExp; leading: boolean; trailing: boolean; slots: number; level: boolean[] } {
  const fixed = template.split(SLOT).map((p) => escapeRegExp(normalize(p)));
  const names = [...template.matchAll(SLOT)].map((m) => m[0]);
  const level = names.map(isLevelSlot);
  return {
    re: new RegExp(fixed.map((p, i) => (i === 0 ? p : `(${slotSource(names[i - 1], SLOT_MAX)})${p}`)).join(''), 'gdu'),
    leading: fixed[0] === '' && !level[0],
    trailing: fixed[fixed.length - 1] === '' && !level[level.length - 1],
    slots: fixed.length - 1,
    level,
  };
}

/** Code-unit end of the character that starts at raw offset i. */
const charEnd = (text: string, i: number) => i + (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** Takes the missing half of any pair that sits right next to the span. */
export function balancePairs(text: string, span: Span): Span {
  let { start, end } = span;
  for (const [open, close] of PAIRS) {
    const inner = text.slice(start, end);
    const opens = inner.split(open).length - 1;
    const closes = inner.split(close).length - 1;
    if (opens > closes && text.startsWith(close, end)) end += close.length;
    if (closes > opens && start >= open.length && text.slice(start - open.length, start) === open) start -= open.length;
  }
  return { start, end };
}

/** Every place `wording` (a fixed string or a 〔slot〕 template) occurs in `text`, as exact raw spans. */
export function findSpans(wording: string, text: string, prepared = normalizeWithMap(text)): Span[] {
  const { norm, map } = prepared;
  const out: Span[] = [];
  const wordingBreaks = SENTENCE_BREAK.test(wording);
  const keep = (s: Span) => {
    const b = balancePairs(text, s);
    if (!wordingBreaks && SENTENCE_BREAK.test(text.slice(b.start, b.end))) return;
    out.push(b);
  };
  if (!isTemplate(wording)) {
    const needle = normalize(wording);
    if (!needle) return out;
    for (let i = norm.indexOf(needle); i !== -1; i = norm.indexOf(needle, i + needle.length)) {
      keep({ start: map[i], end: charEnd(text, map[i + needle.length - 1]) });
    }
    return out;
  }
  const { re, leading, trailing, slots, level } = slotRegExp(wording);
  for (const m of norm.matchAll(re)) {
    const groups = m.indices!.slice(1) as [number, number][];
    // Raw extent of each slot.
    const raw = groups.map(([s, e]) => ({ start: map[s], end: charEnd(text, map[e - 1]) }));
    let start = map[m.index!];
    let end = charEnd(text, map[m.index! + m[0].length - 1]);
    let ok = true;
    for (let g = 0; g < slots; g++) {
      if (level[g]) continue;
      const slotText = text.slice(raw[g].start, raw[g].end);
      if (g === 0 && leading) {
        // Start after the last clause break inside the slot; nothing left means no match here.
        let cut = -1;
        for (let i = 0; i < slotText.length; i++) if (CLAUSE_BREAK.test(slotText[i]) || /\s/u.test(slotText[i])) cut = i;
        const rest = slotText.slice(cut + 1);
        // A heading's own number (三、 （二） 1.) is not part of the slot.
        const number = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．])/u.exec(rest)?.[0].length ?? 0;
        if (cut + 1 + number >= slotText.length) ok = false;
        else start = raw[g].start + cut + 1 + number;
      } else if (CLAUSE_BREAK.test(slotText)) {
        ok = false;
      }
    }
    if (!ok) continue;
    if (trailing) {
      // A closing slot takes the whole run: 100％, not 1.
      let e = end;
      while (e < text.length && e - raw[slots - 1].start < SLOT_MAX && !RUN_END.test(text[e])) e = charEnd(text, e);
      end = e;
    }
    keep({ start, end });
  }
  return out;
}

/** Keeps the longest of overlapping spans in the same passage; the rest are dropped. */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const kept: T[] = [];
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const s of byLength) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** What phraseSpansIn reads of a phrase entry. */
export interface PhraseWording {
  id: string;
  text: string;
  variants?: string[];
}

/**
 * Where the phrases occur in one text (text and variants), overlapping matches reduced to the
 * longest: the build-time phrase annotations of a 示范稿 paragraph, and the test that no 期满 or
 * 已过时 wording is used in one.
 */
export function phraseSpansIn<P extends PhraseWording>(text: string, phrases: P[], keep: (span: Span & { phrase: P }) => boolean = () => true): (Span & { phrase: P })[] {
  const prepared = normalizeWithMap(text);
  const found: (Span & { phrase: P })[] = [];
  for (const phrase of phrases) {
    for (const wording of [phrase.text, ...(phrase.variants ?? [])]) {
      for (const s of findSpans(wording, text, prepared)) if (keep({ ...s, phrase })) found.push({ ...s, phrase });
    }
  }
  return dropOverlaps(found);
}

/**
 * 标出规范表述 marks formulations, not words (README, 标出规范表述). An occurrence is marked when:
 *  - its entry is a 固定提法 or an 排比句式: a 术语 is a bare name, and a 句式模板's slots hold the
 *    report's own facts (组织乡、村、组三级干部集中学习6场次), so its mark would cover a plain fact;
 *  - the marked words are at least MARK_MIN_CHARS characters without punctuation and spaces, so a
 *    short name typed as 固定提法 (行政复议, 重大行政决策) is not marked either;
 *  - the wording is used beyond this report (`elsewhere` > 0): in another sample, in a catalogued
 *    public report (attested) or in an official source the entry cites. Most entries of the bank
 *    were collected from the samples; one found only in this report is its own wording, and marking
 *    it would mark nearly every clause.
 * A 期满 or 已过时 entry is always marked (in its dashed style), whatever its form: a writer of a
 * 2026 report copying from a sample needs to see exactly those words.
 */
export const MARK_MIN_CHARS = 8;
const MARKED_PATTERNS = new Set(['fixed', 'series']);

export function isMarkable(phrase: { pattern: string; status?: string }, marked: string, elsewhere: number): boolean {
  if (phrase.status === 'expired' || phrase.status === 'outdated') return true;
  return MARKED_PATTERNS.has(phrase.pattern) && Array.from(normalize(marked)).length >= MARK_MIN_CHARS && elsewhere > 0;
}

/**
 * Sentences of a passage, for the mark density (at most one mark per sentence on average): the
 * parts ending in 。！？ (or at the end) that hold any word; a heading is one sentence.
 */
export const sentenceCount = (text: string): number => text.split(/[。！？!?]/u).filter((s) => normalize(s)).length;
