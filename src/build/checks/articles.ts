import type { Problem } from '../../shared/problem.ts';

/** The excerpts of one source, as far as article checks need them. */
export interface SourceExcerpts {
  id: string;
  excerpts: { article?: string; confidence: string }[];
}

const ARTICLE = /第[一二三四五六七八九十百零〇]+条|第（[一二三四五六七八九十]+）条|第\([一二三四五六七八九十]+\)条/g;

/**
 * An article number may be cited only where the reference recorded it as verified: the guide's
 * text names 第X条 only if one of the cited sources has a verified excerpt of that article.
 */
export function checkArticles(file: string, field: string, text: string, keys: string[], sources: SourceExcerpts[]): Problem[] {
  const recorded = new Set(
    sources
      .filter((s) => keys.includes(s.id))
      .flatMap((s) => s.excerpts.filter((e) => e.article && e.confidence === 'verified').map((e) => e.article!.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')))),
  );
  const problems: Problem[] = [];
  for (const article of text.match(ARTICLE) ?? []) {
    const bare = article.replace(/^第/, '').replace(/条$/, '');
    const ok = [...recorded].some((a) => a === article || a === bare || a.replace(/^第|条$/g, '') === bare);
    if (!ok) problems.push({ file, field, problem: `引用了“${article}”，但所引来源没有记录已核实的这一条`, fix: '删去条号，只引文件名；或在来源文件的 excerpts 中补上已核实的条文' });
  }
  return problems;
}
