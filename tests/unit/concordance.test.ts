import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Concordance from '../../src/components/phrases/Concordance.astro';
import type { Occurrence } from '../../src/build/grounding.ts';

const occurrence = (n: number): Occurrence => {
  const text = `第${n}段：坚持亲自督办重大案件。`;
  const start = text.indexOf('亲自督办');
  return {
    passage: { report: `r${n}`, reportTitle: `范文${n}`, id: `p-${n}`, url: `/reports/r${n}/#p-${n}`, index: 0, text } as unknown as Occurrence['passage'],
    start,
    end: start + 4,
    wording: '亲自督办',
  };
};

describe('Concordance', () => {
  it('lists every use when there are few', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Concordance, { props: { occurrences: [1, 2, 3].map(occurrence), label: '范文用例：亲自督办', searchText: '亲自督办' } });
    expect(html.match(/class="kwic__line"/g)).toHaveLength(3);
    expect(html).not.toContain('未列出');
  });
  it('lists the first ten of many, says how many are left, and links to a search for the phrase', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Concordance, { props: { occurrences: Array.from({ length: 25 }, (_, i) => occurrence(i + 1)), label: 'x', searchText: '亲自督办' } });
    expect(html.match(/class="kwic__line"/g)).toHaveLength(10);
    expect(html).toContain('/reports/r10/#p-10');
    expect(html).not.toContain('/reports/r11/#p-11');
    expect(html).toContain('另有 15 处未列出');
    expect(html).toContain(`/search/?q=${encodeURIComponent('亲自督办')}`);
  });
  it('gives no search link for a template', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Concordance, { props: { occurrences: Array.from({ length: 11 }, (_, i) => occurrence(i + 1)), label: 'x' } });
    expect(html).toContain('另有 1 处未列出');
    expect(html).not.toContain('/search/');
  });
});
