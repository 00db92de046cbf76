/**
 * The drafting outline's own scaffolding is flagged by the checker: every 〔要写：…〕, 〔可用事实：…〕,
 * 〔主送机关…〕, 〔机关名称〕 and 〔成文日期〕 in the outline of every report type and level, as the
 * outline writes it (outlineToDocument) and a writer would paste it back.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_TYPES } from '../../src/shared/schemas/vocab.ts';
import { OUTLINE_LEVELS, buildOutline, outlineToDocument, type GuideData, type OutlineData, type PhraseData, type TopicData } from '../../src/shared/outline/outline.ts';
import { OUTLINE_MARKER_LABELS } from '../../src/shared/outline/markers.ts';
import { checkWith, rulesIn } from './helpers/draft-check.ts';

const dir = (d: string) => readdirSync(path.join('src/content', d)).sort();
const read = (d: string, f: string) => readFileSync(path.join('src/content', d, f), 'utf8');
const data: OutlineData = {
  guides: dir('guides').map((f) => ({ id: f.replace(/\.md$/, ''), ...parse(read('guides', f).split(/^---$/m)[1]) })) as GuideData[],
  phrases: dir('phrases').flatMap((f) => parse(read('phrases', f))) as PhraseData[],
  topics: dir('topics').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(read('topics', f)) })).sort((a, b) => a.order - b.order) as TopicData[],
};

/**
 * The outline as plain text: title, then each block on its line, then the 落款 and the date. The
 * .docx puts the prompts in Word comments (要写：…); a writer who pastes one into the text gets it
 * flagged in the 〔要写：…〕 form older outlines wrote, so each comment line is added in that form.
 */
function outlineText(model: ReturnType<typeof outlineToDocument>): string {
  const lines = [model.title];
  for (const b of model.blocks) {
    lines.push('heading' in b ? b.text : 'paragraph' in b ? b.paragraph : 'addressee' in b ? b.addressee : '');
    for (const c of 'comment' in b ? (b.comment ?? []) : []) lines.push(c.replace(/^([^：]+)：(.*)$/, '〔$1：$2〕'));
  }
  lines.push(String(model.organ ?? ''), String(model.date ?? ''));
  return lines.join('\n');
}

const marker = new RegExp(`〔(?:${OUTLINE_MARKER_LABELS.join('|')})(?:[：:][^〔〕\\n]*)?〕`, 'g');

describe('the outline’s markers', () => {
  const seen = new Set<string>();
  for (const type of REPORT_TYPES) {
    for (const level of OUTLINE_LEVELS) {
      it(`are each flagged as outline prompts: ${type}, ${level}`, () => {
        const text = outlineText(outlineToDocument(buildOutline({ type, level, year: 2026, organ: '' }, data)));
        const findings = checkWith(text, { year: 2026 });
        const markers = [...text.matchAll(marker)];
        expect(markers.length).toBeGreaterThan(3);
        for (const m of markers) {
          seen.add(m[0].slice(1, m[0].search(/[：:〕]/)));
          const f = findings.find((x) => x.start === m.index && x.end === m.index + m[0].length);
          expect(f, m[0]).toBeDefined();
          expect(rulesIn(f!), m[0]).toContain('outline-prompt');
          expect(f!.level).toBe('error');
        }
      });
    }
  }
  it('cover every label of the shared list', () => {
    expect([...seen].sort()).toEqual([...OUTLINE_MARKER_LABELS].sort());
  });
});
