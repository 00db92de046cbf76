import { getCollection } from 'astro:content';
import { findPassage, reportPassages } from './passages.ts';
import { groundPhrases } from './grounding.ts';
import { SLUG_PATTERN } from '../shared/schemas/vocab.ts';
import { staleCurrent } from '../shared/currency.ts';

/**
 * Cross-collection checks that zod schemas cannot express: every key a file cites must exist,
 * every passage it points to must be found, and every phrase must be grounded. The build fails
 * with one message per problem, naming the file, the field and the fix.
 */
export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`内容检查发现 ${problems.length} 个问题：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

let checked: Promise<void> | undefined;

export function assertContentIntegrity(): Promise<void> {
  checked ??= check();
  return checked;
}

async function check() {
  const problems: string[] = [];
  const [sources, topics, guides, maps, phrases, reports] = await Promise.all([
    getCollection('sources'),
    getCollection('topics'),
    getCollection('guides'),
    getCollection('sectionMaps'),
    getCollection('phrases'),
    getCollection('reports'),
  ]);
  // File names are URL slugs: lower-case ASCII, unique even when case is ignored.
  const named: [string, string, { id: string }[]][] = [
    ['reports', 'md', reports], ['guides', 'md', guides], ['topics', 'yaml', topics], ['sources', 'yaml', sources], ['section-maps', 'yaml', maps],
  ];
  for (const [collection, ext, entries] of named) {
    const seen = new Map<string, string>();
    for (const { id } of entries) {
      if (!SLUG_PATTERN.test(id)) problems.push(`src/content/${collection}/${id}.${ext}：文件名“${id}”不是合规的短名。修正方法：改用小写英文字母、数字和连字符，如 ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-report-2024'}.${ext}`);
      const key = id.toLowerCase();
      if (seen.has(key)) problems.push(`src/content/${collection}/${id}.${ext}：与 ${seen.get(key)}.${ext} 的网址相同（${key}）。修正方法：删去重复的文件，或换一个短名`);
      seen.set(key, id);
    }
  }
  const sourceKeys = new Set(sources.map((s) => s.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const passages = await reportPassages();
  const file = (collection: string, id: string, ext: string) => `src/content/${collection}/${id}.${ext}`;

  const checkSources = (where: string, keys: string[]) => {
    for (const key of keys) {
      if (!sourceKeys.has(key)) problems.push(`${where}：来源“${key}”不存在。修正方法：改用 src/content/sources/ 中已有的文件名，或先新建 src/content/sources/${key}.yaml`);
    }
  };
  const checkTopics = (where: string, ids: string[]) => {
    for (const id of ids) {
      if (!topicIds.has(id)) problems.push(`${where}：主题“${id}”不存在。修正方法：改用 src/content/topics/ 中已有的主题（${[...topicIds].join('、')}）`);
    }
  };

  // Guides: claims cite real sources; article numbers cited must be recorded in those sources.
  for (const g of guides) {
    const f = file('guides', g.id, 'md');
    for (const field of ['writer', 'submitTo', 'deadline', 'publication'] as const) {
      const claim = g.data[field];
      checkSources(`${f} 字段 ${field}.sources`, claim.sources);
      if (claim.basis === 'rule' && claim.sources.length === 0) problems.push(`${f} 字段 ${field}：标为规定要求却没有来源。修正方法：补上 sources，或把 basis 改为 practice（参考做法）`);
      checkArticles(`${f} 字段 ${field}.text`, claim.text, claim.sources);
    }
    for (const [i, s] of g.data.sections.entries()) {
      const where = `${f} sections[${i}]（${s.id}）`;
      checkSources(`${where}.sources`, s.sources);
      checkTopics(`${where}.topics`, s.topics);
      checkArticles(`${where}.rule`, s.rule, s.sources);
      for (const [j, ex] of s.examples.entries()) {
        const hit = findPassage(passages, ex.report, ex.startsWith);
        if (typeof hit === 'string') problems.push(`${where}.examples[${j}]：${hit}。修正方法：startsWith 写该段开头的原文`);
      }
    }
    const ids = g.data.sections.map((s) => s.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) problems.push(`${f} sections：id“${dup}”重复。修正方法：每个部分用不同的 id`);
  }

  // Section maps: report, guide, section ids and headings must all exist.
  for (const m of maps) {
    const f = file('section-maps', m.id, 'yaml');
    if (m.data.report !== m.id) problems.push(`${f} 字段 report：“${m.data.report}”与文件名不一致。修正方法：文件名应为 ${m.data.report}.yaml`);
    const guide = guides.find((g) => g.id === m.data.guide);
    if (!guide) {
      problems.push(`${f} 字段 guide：指引“${m.data.guide}”不存在。修正方法：改用 ${guides.map((g) => g.id).join('、')}`);
      continue;
    }
    const sectionIds = guide.data.sections.map((s) => s.id);
    for (const [i, entry] of m.data.sections.entries()) {
      if (!sectionIds.includes(entry.section)) {
        problems.push(`${f} sections[${i}].section：部分“${entry.section}”不是指引“${guide.id}”的部分。修正方法：改用 ${sectionIds.join('、')}`);
      }
      for (const start of entry.startsWith) {
        const hit = findPassage(passages, m.data.report, start);
        if (typeof hit === 'string') problems.push(`${f} sections[${i}].startsWith：${hit}。修正方法：写该标题或段落开头的原文`);
      }
    }
  }

  // Phrases: topics, moves, replacements and sources exist; every phrase is grounded.
  const phraseIds = new Set(phrases.map((p) => p.id));
  for (const p of phrases) {
    const where = `${p.filePath ?? 'src/content/phrases'} 条目 ${p.id}`;
    checkTopics(`${where} 字段 topics`, p.data.topics);
    checkSources(`${where} 字段 sources`, p.data.sources);
    const first = topics.find((t) => t.id === p.data.topics[0]);
    if (first && !first.data.moves.some((m) => m.id === p.data.move)) {
      problems.push(`${where} 字段 move：“${p.data.move}”不是主题“${first.id}”的写作步骤。修正方法：改用 ${first.data.moves.map((m) => m.id).join('、')}`);
    }
    if (p.data.replacedBy && !phraseIds.has(p.data.replacedBy)) problems.push(`${where} 字段 replacedBy：表述“${p.data.replacedBy}”不存在。修正方法：写现行表述的 id`);
    if (p.data.newerWording && !phraseIds.has(p.data.newerWording)) problems.push(`${where} 字段 newerWording：表述“${p.data.newerWording}”不存在。修正方法：写较新表述的 id`);
    const stale = staleCurrent(p.data, p.data.text);
    if (stale) problems.push(`${where} 字段 status：${stale}`);
  }
  // Sources: a plan whose period has ended is never 现行.
  for (const s of sources) {
    const stale = staleCurrent(s.data, s.data.title);
    if (stale) problems.push(`${file('sources', s.id, 'yaml')} 字段 status：${stale}`);
  }
  problems.push(...(await groundPhrases(phrases, sources, passages)).problems);

  // Markdown bodies: no active content, and every internal link resolves to a page and anchor.
  const anchors = new Map<string, Set<string> | undefined>([
    ['/', undefined], ['/reports/', undefined], ['/guides/', undefined], ['/guides/coverage/', undefined], ['/phrases/', undefined],
    ['/search/', undefined], ['/about/', undefined], ['/writing-2026/', undefined], ['/sources/', new Set(sources.map((x) => x.id))],
    ...reports.map((r) => [`/reports/${r.id}/`, new Set((passages.get(r.id) ?? []).map((b) => b.id))] as [string, Set<string>]),
    ...guides.map((g) => [`/guides/${g.id}/`, new Set(['basics', 'writer', 'submit-to', 'deadline', 'publication', ...g.data.sections.flatMap((x) => [x.id, `${x.id}-cover`, `${x.id}-facts`, `${x.id}-weaknesses`, `${x.id}-examples`])])] as [string, Set<string>]),
    ...guides.flatMap((g) => [[`/guides/${g.id}/checklist/`, undefined], ...g.data.sections.map((x) => [`/guides/${g.id}/compare/${x.id}/`, undefined])] as [string, undefined][]),
    ...topics.map((t) => [`/phrases/${t.id}/`, new Set(phrases.filter((p) => p.data.topics[0] === t.id).map((p) => p.id).concat(t.data.moves.map((m) => m.id)))] as [string, Set<string>]),
  ]);
  const bodies = [
    ...reports.map((r) => ({ file: file('reports', r.id, 'md'), html: r.rendered?.html ?? '' })),
    ...guides.map((g) => ({ file: file('guides', g.id, 'md'), html: g.rendered?.html ?? '' })),
  ];
  for (const { file: f, html } of bodies) {
    if (/<(script|iframe|object|embed|form|style)\b/i.test(html) || /\son[a-z]+\s*=/i.test(html) || /(href|src)\s*=\s*"\s*javascript:/i.test(html)) {
      problems.push(`${f} 正文：含有脚本、内嵌框架、表单、样式或事件属性。修正方法：删去这些 HTML，正文只用 Markdown 和本站的标注（<ins class="restored">、<span class="redaction">）`);
    }
    for (const [, target] of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(target) || target.startsWith('#')) continue;
      const [pathPart, anchor] = target.split('#');
      const known = anchors.has(pathPart);
      if (!known) {
        problems.push(`${f} 正文链接“${target}”：站内没有这个页面。修正方法：改成已有页面的地址，如 /reports/<短名>/ 或 /guides/<短名>/，注意以 / 结尾`);
      } else if (anchor && anchors.get(pathPart) && !anchors.get(pathPart)!.has(anchor)) {
        problems.push(`${f} 正文链接“${target}”：页面“${pathPart}”中没有锚点“#${anchor}”。修正方法：从目标页面的“复制链接”取得正确地址`);
      }
    }
  }

  if (problems.length) throw new ContentError(problems);

  function checkArticles(where: string, text: string, keys: string[]) {
    // An article number may be cited only where the reference recorded it as verified.
    const cited = text.match(/第[一二三四五六七八九十百零〇]+条|第（[一二三四五六七八九十]+）条|第\([一二三四五六七八九十]+\)条/g) ?? [];
    const recorded = new Set(
      sources.filter((s) => keys.includes(s.id)).flatMap((s) => s.data.excerpts.filter((e) => e.article && e.confidence === 'verified').map((e) => e.article!.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')))),
    );
    for (const article of cited) {
      const bare = article.replace(/^第/, '').replace(/条$/, '');
      const ok = [...recorded].some((a) => a === article || a === bare || a.replace(/^第|条$/g, '') === bare);
      if (!ok) problems.push(`${where}：引用了“${article}”，但所引来源没有记录已核实的这一条。修正方法：删去条号，只引文件名；或在来源文件的 excerpts 中补上已核实的条文`);
    }
  }
}
