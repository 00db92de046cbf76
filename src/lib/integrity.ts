import { getCollection } from 'astro:content';
import { findPassage, reportPassages } from './passages.ts';
import { groundPhrases } from './grounding.ts';

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
  const [sources, topics, guides, maps, phrases] = await Promise.all([
    getCollection('sources'),
    getCollection('topics'),
    getCollection('guides'),
    getCollection('sectionMaps'),
    getCollection('phrases'),
  ]);
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
  }
  problems.push(...(await groundPhrases(phrases, sources, passages)).problems);

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
