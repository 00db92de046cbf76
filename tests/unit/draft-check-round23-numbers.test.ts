/**
 * The tuple reader of counts (count-tuples.ts), widened where the v20 misses showed it blind: a clause of nothing but
 * a total word (…各聘请1名法律顾问，共14名) totals what the clause before it counted; 调解成功 is an act of its own, not a
 * 成功 that marks a part; and a figure of area (8.4万平方米) is a count like any other, 拆除 its act. Topics from the
 * reference's kinds of work (法律顾问, 人民调解, 行政执法), not from the sets; each change has a look-alike that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';
import { countTuples } from '../../src/shared/draft-check/count-tuples.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { normalise } from '../../src/shared/draft-check/normalize.ts';

const positives: [string, string, string][] = [
  ['a total-only clause restating the count before it', report('2026年，县政府共聘请法律顾问12名。', '（一）全县9个乡镇各聘请1名法律顾问，共14名。'), '14名'],
  ['调解成功 restated with another number', report('2026年，全县诉前调解成功纠纷1460件。', '（一）全年调解纠纷1720件，调解成功1640件。'), '1640件'],
  ['an area in 万平方米 restated with its digits swapped', report('2026年，县政府依法拆除违法建筑8.4万平方米。', '（一）全年依法拆除违法建筑4.8万平方米。'), '4.8万平方米'],
];

const negatives: [string, string][] = [
  ['a total-only clause after a clause counting another thing', report('2026年，县政府共聘请法律顾问12名。', '（一）全县9个乡镇各配备1名公职律师，共9名。')],
  ['调解 beside 调解成功: two stages of the work', report('2026年，全县诉前调解成功纠纷1460件。', '（一）全年调解纠纷1720件。')],
  ['成功 after a count still names a part of it', report('2026年，全县共调解纠纷1720件。', '（一）全年调解纠纷1720件，成功1460件。')],
  ['an area of a part', report('2026年，县政府依法拆除违法建筑8.4万平方米。', '（一）其中拆除城区违法建筑4.8万平方米。')],
];

describe('number-mismatch, round 23 widenings of the tuple reader', () => {
  numberProbes(positives, negatives);

  const read = (text: string) => countTuples({ text, norm: normalise(text), layout: layout(text), hits: new Map(), type: null, year: 2026 });
  it('gives a total-only clause the act and thing of the clause before it', () => {
    const t = read(report('（一）全县9个乡镇各聘请1名法律顾问，共14名。')).find((x) => x.value === 14);
    expect(t?.act).toBe('聘请');
    expect(t?.thing).toBe('法律顾问');
  });
  it('reads 万 and an area unit into the value', () => {
    const t = read(report('2026年，县政府依法拆除违法建筑8.4万平方米。')).find((x) => x.unit === '平方米');
    expect(t?.value).toBe(84000);
    expect(t?.act).toBe('拆除');
  });
});
