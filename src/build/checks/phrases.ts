import type { Problem } from '../../shared/problem.ts';
import { checkSourceKeys, checkTopicIds, type KnownKeys } from './references.ts';
import { hasLevelSlot, isLevelSlot, isTemplate, levelForms, normalize, templateToRegExp } from '../../shared/normalize.ts';
import { findSpans } from '../../shared/phrase-spans.ts';

export interface PhraseData {
  id: string;
  filePath?: string;
  data: {
    topics: string[]; move: string; sources: string[]; replacedBy?: string; newerWording?: string;
    text?: string; variants?: string[]; variantNotes?: { text: string }[]; misspellings?: string[];
  };
}

export interface TopicData {
  id: string;
  data: { moves: { id: string }[] };
}

/**
 * Phrases name existing topics and sources, a move of their first topic, and an existing
 * replacement; a variant note labels one of the entry's variants; a 常见误写 is never also
 * offered (as the text or a variant) to copy; no wording is the text of two entries.
 */
export function checkPhrases(phrases: PhraseData[], topics: TopicData[], known: KnownKeys): Problem[] {
  const problems: Problem[] = [];
  const phraseIds = new Set(phrases.map((p) => p.id));
  // One wording, one entry: a second id for the same wording splits its counts and its status.
  const firstWithWording = new Map<string, string>();
  for (const p of phrases) {
    const file = p.filePath ?? 'src/content/phrases';
    const entry = `条目 ${p.id}`;
    if (p.data.text) {
      const key = normalize(p.data.text);
      const earlier = firstWithWording.get(key);
      if (earlier) problems.push({ file, field: `${entry} 字段 text`, problem: `表述“${p.data.text}”与条目 ${earlier} 相同`, fix: `合并两条：把本条的来源、公开报告和其他写法并入 ${earlier}，再删去本条` });
      else firstWithWording.set(key, p.id);
    }
    problems.push(...checkTopicIds(file, `${entry} 字段 topics`, p.data.topics, known));
    problems.push(...checkSourceKeys(file, `${entry} 字段 sources`, p.data.sources, known));
    const first = topics.find((t) => t.id === p.data.topics[0]);
    if (first && !first.data.moves.some((m) => m.id === p.data.move)) {
      problems.push({ file, field: `${entry} 字段 move`, problem: `“${p.data.move}”不是主题“${first.id}”的写作步骤`, fix: `改用 ${first.data.moves.map((m) => m.id).join('、')}` });
    }
    if (p.data.replacedBy && !phraseIds.has(p.data.replacedBy)) {
      problems.push({ file, field: `${entry} 字段 replacedBy`, problem: `表述“${p.data.replacedBy}”不存在`, fix: '写现行表述的 id' });
    }
    const variants = p.data.variants ?? [];
    for (const [i, v] of (p.data.variantNotes ?? []).entries()) {
      if (!variants.includes(v.text)) problems.push({ file, field: `${entry} 字段 variantNotes[${i}]`, problem: `“${v.text}”不是本条的其他写法（variants）`, fix: '把这句写进 variants，或改成 variants 中的原文' });
    }
    for (const [i, m] of (p.data.misspellings ?? []).entries()) {
      if (m === p.data.text || variants.includes(m)) problems.push({ file, field: `${entry} 字段 misspellings[${i}]`, problem: `常见误写“${m}”又列为表述或其他写法，会提供复制`, fix: '从 text 或 variants 中删去这句，只留在 misspellings 中' });
    }
    if (p.data.newerWording && !phraseIds.has(p.data.newerWording)) {
      problems.push({ file, field: `${entry} 字段 newerWording`, problem: `表述“${p.data.newerWording}”不存在`, fix: '写较新表述的 id' });
    }
  }
  return problems;
}

/** Move anchors and phrase anchors share a topic page, beside the page's own anchors: a clash would break a link. */
export function checkMoveIds(topics: TopicData[], phrases: { id: string }[], pageAnchors: string[]): Problem[] {
  const taken = new Set([...phrases.map((p) => p.id), ...pageAnchors]);
  return topics.flatMap((t) =>
    t.data.moves
      .filter((m) => taken.has(m.id))
      .map((m) => ({ file: `src/content/topics/${t.id}.yaml`, field: `写作步骤 ${m.id}`, problem: `写作步骤 id“${m.id}”与表述 id 或页面锚点重名`, fix: '换一个 id' })),
  );
}

/**
 * Build-time test of level slots (〔县〕〔镇〕〔局〕, src/shared/normalize.ts) for every wording that
 * has one: each form it stands for is matched, as a whole, by the grounding expression
 * (templateToRegExp) and by the 标出规范表述 marks (findSpans), and the central form with 国 in
 * the slot is not. Search is tested where the index is built (levelFormsIndexed).
 */
export function checkLevelSlots(phrases: { id: string; filePath?: string; data: { text: string; variants: string[] } }[]): Problem[] {
  const problems: Problem[] = [];
  for (const p of phrases) {
    for (const wording of [p.data.text, ...p.data.variants].filter(hasLevelSlot)) {
      const re = new RegExp(`^(?:${templateToRegExp(wording).source})$`, 'u');
      const fail = (form: string, what: string) =>
        problems.push({ file: p.filePath ?? 'src/content/phrases', field: `条目 ${p.id}`, problem: `槽位写法“${wording}”${what}“${form}”`, fix: '检查 src/shared/normalize.ts 的 LEVEL_SLOTS 和 src/shared/phrase-spans.ts 的槽位处理' });
      for (const form of levelForms(wording)) {
        if (isTemplate(form)) continue; // another slot remains: its forms are open, nothing to test exactly
        if (!re.test(normalize(form))) fail(form, '在表述落地中不匹配');
        const spans = findSpans(wording, `，${form}。`);
        if (spans.length !== 1 || spans[0].start !== 1 || spans[0].end !== 1 + form.length) fail(form, '标出的范围不等于');
      }
      const central = wording.replace(/〔[^〕]*〕/g, (slot) => (isLevelSlot(slot) ? '国' : slot));
      if (!isTemplate(central) && re.test(normalize(central))) fail(central, '不应匹配');
    }
  }
  return problems;
}
