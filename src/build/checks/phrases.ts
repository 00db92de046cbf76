import type { Problem } from '../../shared/problem.ts';
import { checkSourceKeys, checkTopicIds, type KnownKeys } from './references.ts';

export interface PhraseData {
  id: string;
  filePath?: string;
  data: { topics: string[]; move: string; sources: string[]; replacedBy?: string; newerWording?: string };
}

export interface TopicData {
  id: string;
  data: { moves: { id: string }[] };
}

/** Phrases name existing topics and sources, a move of their first topic, and an existing replacement. */
export function checkPhrases(phrases: PhraseData[], topics: TopicData[], known: KnownKeys): Problem[] {
  const problems: Problem[] = [];
  const phraseIds = new Set(phrases.map((p) => p.id));
  for (const p of phrases) {
    const file = p.filePath ?? 'src/content/phrases';
    const entry = `条目 ${p.id}`;
    problems.push(...checkTopicIds(file, `${entry} 字段 topics`, p.data.topics, known));
    problems.push(...checkSourceKeys(file, `${entry} 字段 sources`, p.data.sources, known));
    const first = topics.find((t) => t.id === p.data.topics[0]);
    if (first && !first.data.moves.some((m) => m.id === p.data.move)) {
      problems.push({ file, field: `${entry} 字段 move`, problem: `“${p.data.move}”不是主题“${first.id}”的写作步骤`, fix: `改用 ${first.data.moves.map((m) => m.id).join('、')}` });
    }
    if (p.data.replacedBy && !phraseIds.has(p.data.replacedBy)) {
      problems.push({ file, field: `${entry} 字段 replacedBy`, problem: `表述“${p.data.replacedBy}”不存在`, fix: '写现行表述的 id' });
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
