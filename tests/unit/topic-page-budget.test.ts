/**
 * Issue 29 item 2: a topic page stays under its byte budget however many phrases the topic has,
 * by showing less on each row. Read from the real bank's largest topic, multiplied.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ROW_DETAILS, TOPIC_PAGE_BUDGET, rowDetail, topicPageBytes, type BudgetPhrase, type BudgetTopic } from '../../src/build/topic-page-budget.ts';

const TOPIC_ID = 'law-enforcement';
/** The size a topic page is designed for: law-enforcement had 141 phrases when issue 29 asked for twice as many. */
const DESIGN_SIZE = 300;
const yamlTopic = parse(readFileSync(`src/content/topics/${TOPIC_ID}.yaml`, 'utf8')) as { name: string; moves: { name: string; description: string }[] };
const topic: BudgetTopic = { id: TOPIC_ID, name: yamlTopic.name, moves: yamlTopic.moves };
const entries = (parse(readFileSync(`src/content/phrases/${TOPIC_ID}.yaml`, 'utf8')) as { id: string; text: string; move: string; note: string; pattern: string }[])
  .map((e): BudgetPhrase => ({ id: e.id, data: { text: e.text, move: e.move, note: e.note, pattern: e.pattern } }));
/** The topic's entries cycled to n, the copies' ids suffixed as the benchmark does. */
const grown = (n: number) => Array.from({ length: n }, (_, i) => ({ ...entries[i % entries.length], id: i < entries.length ? entries[i % entries.length].id : `${entries[i % entries.length].id}-copy-${Math.floor(i / entries.length) + 1}` }));

describe('rowDetail', () => {
  it('sheds the note, then the counts, as a topic grows, and never shows more for more phrases', () => {
    const seen: number[] = [];
    // Up to the 300 phrases a topic is designed for (twice the largest topic before issue 29).
    for (let n = 10; n <= DESIGN_SIZE; n += 10) {
      const detail = rowDetail(topic, grown(n));
      seen.push(ROW_DETAILS.indexOf(detail));
      expect(topicPageBytes(topic, grown(n), detail), `${n} phrases`).toBeLessThanOrEqual(TOPIC_PAGE_BUDGET);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBeGreaterThan(1);
  });

  it('still fits a topic of 300 phrases, twice the largest topic before issue 29', () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(() => rowDetail(topic, grown(DESIGN_SIZE))).not.toThrow();
  });

  it('fails, naming the topic, when even bare rows would pass the budget', () => {
    const tooMany = grown(10 * entries.length);
    expect(topicPageBytes(topic, tooMany, 'bare')).toBeGreaterThan(TOPIC_PAGE_BUDGET);
    expect(() => rowDetail(topic, tooMany)).toThrow(new RegExp(`${TOPIC_ID}.*拆成两个主题`));
  });
});

describe('topicPageBytes', () => {
  it('counts each part of a row: a note weighs more than counts, counts more than nothing', () => {
    const own = grown(20);
    const [note, counts, bare] = ROW_DETAILS.map((d) => topicPageBytes(topic, own, d));
    expect(note).toBeGreaterThan(counts);
    expect(counts).toBeGreaterThan(bare);
    expect(topicPageBytes(topic, grown(21), 'bare')).toBeGreaterThan(bare);
  });
});
