/**
 * Near misses of the phrase bank's named systems: a name the bank writes one way (执法全过程记录制度,
 * 全国一体化在线政务服务平台, “好差评”, 现场服务“一次一评”) written with one word swapped for a near
 * synonym (流程 for 过程, 网上 for 在线, 好坏 for 好差, 一事 for 一次). Derived at build time from the
 * bank, so a name added to the bank is covered without a rule being typed.
 *
 * Precision first: only a name (a piece of a current phrase that ends in 制度, 体系, 平台… or in a
 * closing quotation mark, or a quoted name itself), only a swap listed below, and never a form the bank
 * itself writes anywhere. A hint: the bank attests the name, it does not say every other form is wrong.
 */
import { normalisePattern } from './normalize.ts';
import type { SubstitutionRule } from './types.ts';
import { hintFromFixTable, type PhraseLike } from './substitution-rules.ts';
import { attestedNearForms, fixedNameList, overruledByTitles, quotedSlogans, shortWordingsOf, type FixedNameData } from './fixed-names.ts';

/** Longer pieces are clauses, not names; shorter unquoted ones (监督制度) are ordinary words. */
const MAX_NAME = 14;
const MIN_NAME = 6;
/** A bank wording that is nothing but a name (告知承诺制) is a name from this length: it is no piece of running text. */
const MIN_WHOLE_NAME = 5;

/**
 * Near-synonym words writers swap inside fixed names; each pair is tried both ways. Why a typed list beside the matcher
 * by likeness (fixed-names.ts), which is derived from the bank and the titles: the reference gives only the right forms,
 * never the wrong word a writer puts in, and the likeness matcher must stay silent where the kept head or tail is short
 * (合法性审查制度 beside 合法性审核制度 is another ordinary name). These pairs are the swaps that are slips even there:
 * each is a word the reference or the bank uses in a name and a near word no name it gives is written with. 监管 is a word of its
 * own (市场监管制度, 行政执法监管平台 in local use, “互联网+监管”): only in a long, unquoted name
 * (行政执法协调监督工作体系) is 监督/监管 a slip.
 */
export const NEAR_SYNONYMS: readonly { words: readonly [string, string]; quoted: boolean; minLength: number; titlesOnly?: boolean; quotedOnly?: boolean; bareToo?: boolean }[] = [
  { words: ['过程', '流程'], quoted: true, minLength: 0 },
  { words: ['监督', '监管'], quoted: false, minLength: 9 },
  { words: ['在线', '网上'], quoted: true, minLength: 0 },
  { words: ['通办', '统办'], quoted: true, minLength: 0 },
  { words: ['好差', '好坏'], quoted: true, minLength: 0 },
  { words: ['一次一评', '一事一评'], quoted: true, minLength: 0 },
  // the swaps writers make in the 三项制度, the 执法监督 system and the 涉企检查 slogans (official-phrases
  // E4, central-documents 2): 公示/公开, 记录/纪录, 记录/监督 and 协调/统筹 only in long names, where they are slips.
  { words: ['公示', '公开'], quoted: true, minLength: 0 },
  { words: ['记录', '纪录'], quoted: true, minLength: 0 },
  { words: ['记录', '监督'], quoted: false, minLength: 9 },
  { words: ['协调', '统筹'], quoted: false, minLength: 9 },
  { words: ['审核', '审查'], quoted: false, minLength: 10 },
  { words: ['严禁', '不准'], quoted: true, minLength: 0 },
  { words: ['不得', '不准'], quoted: true, minLength: 0 },
  // The names of the 普法 duty (“谁执法谁普法”普法责任制, D4 D5), 包容审慎监管, 法治督察 and the 示范 titles.
  { words: ['普法', '宣传'], quoted: true, minLength: 7 },
  { words: ['审慎', '谨慎'], quoted: true, minLength: 0 },
  { words: ['督察', '督查'], quoted: true, minLength: 0 },
  { words: ['示范', '模范'], quoted: true, minLength: 0 },
  { words: ['合法性', '合规性'], quoted: false, minLength: 8 },
  // 法律/法治 in a quoted name (“法律明白人”, D6; “民主法治示范村”): a slip between the two words, never a second name.
  { words: ['法律', '法治'], quoted: true, minLength: 0, quotedOnly: true },
  { words: ['法律', '法制'], quoted: true, minLength: 0, quotedOnly: true },
  // A homophone slip in the 三项制度 (公式 for 公示): no name is written with 公式.
  { words: ['公示', '公式'], quoted: true, minLength: 0 },
  // 纪实 for 记录 (执法全过程纪实制度) and 核查 for 审核 in a long name (重大执法决定法制核查制度): near words
  // no name the reference gives is written with.
  { words: ['记录', '纪实'], quoted: true, minLength: 0 },
  // 录像 for 记录 (执法全过程录像制度): a video is one way of recording, not the system's name (official-phrases E4).
  { words: ['记录', '录像'], quoted: true, minLength: 0 },
  { words: ['审核', '核查'], quoted: false, minLength: 10 },
  // a near word inside a name the reference fixes (central-documents 3, 4): 审定 for 审核 (合法性审核机制),
  // 守法 for 用法 (学法用法制度), 依法治理 for the 依法治 of a 委员会 (全面依法治县委员会). None of these forms is a name.
  { words: ['审核', '审定'], quoted: false, minLength: 8 },
  { words: ['用法', '守法'], quoted: false, minLength: 6 },
  { words: ['依法治', '依法治理'], quoted: false, minLength: 8 },
  // 制度 and 机制 are both ordinary ends of a bank phrase (多元化解机制); only a name an official title spells is fixed.
  { words: ['制度', '机制'], quoted: false, minLength: 8, titlesOnly: true },
  // The same for 体系 (行政执法协调监督工作体系, central-documents.md's title): 机制 is another word only outside such a name.
  { words: ['体系', '机制'], quoted: false, minLength: 10, titlesOnly: true },
  // And 体系 for 制度 in such a name (行政执法协调监督工作制度): the title fixes the name word, whichever of the three.
  { words: ['体系', '制度'], quoted: false, minLength: 10, titlesOnly: true },
  // The 普法 duty's name word after its quoted slogan (“谁执法谁普法”普法责任制, D5): 负责制 is another system's word.
  { words: ['责任制', '负责制'], quoted: true, minLength: 9 },
  // The promise that replaces a certificate (证明事项告知承诺制, central-documents.md 1): 备案 and 报备 are filing, another
  // procedure no name the reference gives is written with beside 告知.
  { words: ['承诺', '备案'], quoted: true, minLength: 0 },
  { words: ['承诺', '报备'], quoted: true, minLength: 0 },
  { words: ['承诺', '许诺'], quoted: true, minLength: 0 },
  // A quoted experience the party's documents name (“枫桥经验”, official-phrases.md F1) recalled as a model or a way of
  // working: 模式 and 做法 are words no quoted name the reference gives is written with.
  // Writers also drop the quotation marks (坚持和发展新时代枫桥模式): the near form is read bare too.
  { words: ['经验', '模式'], quoted: true, minLength: 0, quotedOnly: true, bareToo: true },
  { words: ['经验', '做法'], quoted: true, minLength: 0, quotedOnly: true, bareToo: true },
];

/** Filing and registering: procedures of their own, never the word before the 制 of a name the bank gives. */
const FILING_WORDS = ['备案', '报备', '登记备案'];

/** Two neighbouring two-character words swapped (监督协调 for 协调监督, 承诺告知 for 告知承诺): only in names this long. */
const MIN_PERMUTED = 8;
function permutations(name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 4 <= name.length; i++) {
    const [a, b] = [name.slice(i, i + 2), name.slice(i + 2, i + 4)];
    if (a !== b && /^[\u4e00-\u9fff]{4}$/.test(a + b)) out.push(name.slice(0, i) + b + a + name.slice(i + 4));
  }
  return out;
}

/** The words after a quoted name that make it a system's or a reform's name. */
const SYSTEM_WORDS = ['制度', '体系', '机制', '改革', '平台', '工作法'];

/**
 * A quoted name with two neighbouring characters inside the quotation marks swapped (“好差评” → “好评差”, “差好评”); a name of
 * three characters in any other order (“评好差”).
 */
function charSwaps(quoted: string): string[] {
  const inner = [...quoted.slice(1, -1)];
  const out: string[] = [];
  if (inner.length === 3) {
    const [a, b, c] = inner as [string, string, string];
    for (const w of [a + c + b, b + a + c, b + c + a, c + a + b, c + b + a]) if (w !== a + b + c) out.push(`“${w}”`);
    return [...new Set(out)];
  }
  for (let i = 0; i + 1 < inner.length; i++) {
    if (inner[i] === inner[i + 1]) continue;
    const w = [...inner];
    [w[i], w[i + 1]] = [w[i + 1]!, w[i]!];
    out.push(`“${w.join('')}”`);
  }
  return out;
}

/** A count slogan (五个严禁, 八个不得, 三项制度): the bank writes it without quotation marks, writers quote it. */
const COUNT_SLOGAN = /^[一二两三四五六七八九十]+[个项][\u4e00-\u9fff]{1,4}$/;
/** The numerals a wrong count swaps in (三项制度 → 四项制度): one up or one down, never 十 (十个坚持 is its own list). */
const NUMERALS = ['一', '两', '三', '四', '五', '六', '七', '八', '九'];

/** How a name ends: the word that makes a piece of a phrase the name of a system or mechanism. */
const NAME_END = /(?:制度|制|体系|平台|机制|委员会|工程|中心|”)$/;
/** Pieces of a phrase: split at punctuation, and at 和/及/与 right after a quoted name (现场服务“一次一评”和网上服务…). */
const PIECE_SPLIT = /[、，,；;。：:（）()]|(?<=”)[和及与]/;
/** The verbs in front of a name (加快构建行政执法协调监督工作体系): the name is what follows them. */
const LEADING_VERBS = /^(?:加快|全面|持续|进一步|深入|建立|健全|完善|推行|落实|加强|推进|构建|建设|形成|深化|实行|实施|严格|执行)+/;

interface Name {
  text: string;
  quoted: boolean;
  /** Read from an official title (the reference fixes it), not only from the bank. */
  fromTitle?: boolean;
}

function namesOf(phrase: PhraseLike): Name[] {
  const forms = [phrase.text, ...(phrase.variants ?? [])];
  if (forms.every((f) => COUNT_SLOGAN.test(f))) return forms.map((text) => ({ text, quoted: true }));
  const pieces = forms
    .flatMap((f) => f.split(PIECE_SPLIT))
    .map((s) => s.trim().replace(LEADING_VERBS, ''))
    .filter((s) => NAME_END.test(s) && s.length >= (forms.includes(s) ? MIN_WHOLE_NAME : MIN_NAME) && s.length <= MAX_NAME);
  const quoted = forms.flatMap((f) => [...f.matchAll(/“[^“”]{2,12}”/g)].map((m) => m[0]));
  return [...pieces.map((text) => ({ text, quoted: text.endsWith('”') })), ...quoted.map((text) => ({ text, quoted: true }))];
}

/**
 * The names an official title spells (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》,
 * 《关于加强行政执法协调监督工作体系建设的意见》, 贯彻落实“三重一大”决策制度): each piece that ends in a name word, cut at
 * the words around it; a title that is itself a name (市县法治政府建设示范指标体系) from its start.
 */
const TITLE_NAME = /(?<=^|关于|的|和|与|及|、|《|推行|加强|建立|推进|加快|实行|完善|落实|制度)((?:(?!关于|的|和|与|及|、|《|》).){4,14}?(?:制度|体系|机制|平台|委员会|工程))/g;
export function namesInTitles(titles: readonly string[]): string[] {
  return [...new Set(titles.flatMap((t) => [...t.matchAll(TITLE_NAME)].map((m) => m[1]!.replace(LEADING_VERBS, ''))))].filter((n) => n.length >= MIN_NAME && n.length <= MAX_NAME).sort();
}

/** The measure words of a count slogan, and the ones writers put in their place (三大制度, 三条规定). */
const MEASURES = ['个', '项', '大', '条'];

/** Tails that are ordinary nouns after a count (两项制度, 四个规定 may be any two or four): only a quoted count of them is a slogan. */
const GENERIC_TAIL = /^(?:制度|规定|措施|工作|任务|机制|要求|方面)/;

/**
 * The same name with its count one up or one down (“四个严禁”, “四项制度”, 行政执法四项制度): a count the writer
 * misremembered. A count inside a longer name (行政执法“三项制度”) is wrong with or without its quotation marks.
 */
function countSwaps(name: string, crossed: readonly string[] = []): string[] {
  const m = /(“?)([一两三四五六七八九])([个项])/.exec(name);
  if (!m) return [];
  const head = name.slice(0, m.index);
  const tail = name.slice(m.index + m[0].length);
  const at = NUMERALS.indexOf(m[2]!);
  // The count of another slogan of the same measure word (“五个不得” from “五个严禁” beside “八个不得”): the two lists
  // crossed, a slip as plain as a count one off. Only for a slogan without a head (行政执法“三项制度” keeps ±1).
  const counts = [...new Set([NUMERALS[at - 1], NUMERALS[at + 1], ...(head ? [] : crossed)])].filter((n): n is string => !!n && n !== m[2]);
  // Inside a longer name the measure word is fixed too (行政执法三个制度, 行政执法“三大制度” for 行政执法“三项制度”): the
  // count kept, another measure word is the same slip as a wrong count. Alone (三个制度) it is any three systems, so
  // only after a head, inside quotation marks (“三项规定” for “三个规定”: the quotation names the one slogan), or where the
  // slogan's own word is no ordinary noun (八项不得 for 八个不得).
  const otherMeasures = MEASURES.filter((w) => w !== m[3]);
  if (head) return [...counts.flatMap((n) => [head + m[1] + n + m[3] + tail, head + n + m[3] + tail.replace(/”$/, '')]), ...otherMeasures.flatMap((w) => [head + m[1] + m[2] + w + tail, head + m[2] + w + tail.replace(/”$/, '')])].filter((w, i, all) => all.indexOf(w) === i);
  const open = m[1] || (GENERIC_TAIL.test(tail) ? '“' : '');
  const close = open && !tail.endsWith('”') ? '”' : '';
  return [...counts.map((n) => open + n + m[3] + tail + close), ...otherMeasures.map((w) => open + m[2] + w + tail + close)];
}

/**
 * A name made of counted parts (“一规划两纲要”, “四议两公开”, “一府一委两院”): a writer who misremembers it changes one
 * count by one (“一规划三纲要”) or writes 二 for 两. Quoted, the quotation names the one slogan; without quotation marks
 * only a long one (five characters or more) is read, a short one may be any wording.
 */
const COMPOUND_COUNT = /^(?:[一两双三四五六七八九][\u4e00-\u9fff]{1,3}、?){2,}$/;
const COMPOUND_BARE_MIN = 5;
/**
 * 双 is a count of two in these names (“双随机、一公开”): a writer who misremembers one turns 一 into 双 or 两 beside it
 * (“双随机、双公开”, “双随机、两公开”), or 双 into 两. Read as 两 for the count one up or down.
 */
const numeralAt = (c: string) => NUMERALS.indexOf(c === '双' ? '两' : c);
function compoundCountSwaps(inner: string): string[] {
  const out: string[] = [];
  const usesShuang = inner.includes('双');
  for (let i = 0; i < inner.length; i++) {
    const at = numeralAt(inner[i]!);
    // A numeral opens a part only at the start, after 、 or after a part's noun (一件事一次办: both 一 open a part).
    if (at === -1 || (i > 0 && numeralAt(inner[i - 1]!) !== -1)) continue;
    const two = inner[i] === '两' || inner[i] === '双';
    const swaps = [NUMERALS[at - 1], NUMERALS[at + 1], two ? '二' : undefined, inner[i] === '双' ? '两' : undefined, usesShuang && inner[i] === '一' ? '双' : undefined]
      .filter((n): n is string => !!n && n !== inner[i]);
    for (const n of swaps) {
      const wrong = inner.slice(0, i) + n + inner.slice(i + 1);
      out.push(`"${wrong}"`);
      // Writers drop the 、 between the parts as often as they keep it (双随机一公开).
      if (wrong.length >= COMPOUND_BARE_MIN) out.push(...new Set([wrong, wrong.replace(/、/g, '')]));
    }
  }
  return out;
}

/**
 * The bank's names of counted parts, folded, without quotation marks: a whole wording (一规划两纲要, 三会一课) or a quoted
 * one inside a wording. Of every status: a plan that has ended (一规划两纲要) is still named so in a review of it.
 */
function compoundNames(phrases: readonly PhraseLike[]): string[] {
  const forms = phrases.flatMap((p) => [p.text, ...(p.variants ?? [])]).map(normalisePattern);
  const quoted = forms.flatMap((f) => [...f.matchAll(/"([^"]{4,8})"/g)].map((m) => m[1]!));
  return [...new Set([...forms, ...quoted])].filter((n) => COMPOUND_COUNT.test(n)).sort();
}

/** The counts of the other quoted count slogans with the same measure word (五个严禁 for 八个不得). */
function crossedCounts(names: readonly Name[], name: string): string[] {
  const own = /^“?([一两三四五六七八九])([个项])([\u4e00-\u9fff]{1,4})”?$/.exec(name);
  if (!own) return [];
  return names
    .map((n) => /^“?([一两三四五六七八九])([个项])([\u4e00-\u9fff]{1,4})”?$/.exec(n.text))
    .filter((m): m is RegExpExecArray => !!m && m[2] === own[2] && m[3] !== own[3] && !GENERIC_TAIL.test(m[3]!) && !GENERIC_TAIL.test(own[3]!))
    .map((m) => m[1]!);
}

/** `text` (the name, or the name with one word already swapped) with one more of the listed words swapped, as the name allows. */
function nearSynonymSwaps(name: Name, text: string): string[] {
  const out: string[] = [];
  for (const { words, quoted, minLength, titlesOnly, quotedOnly, bareToo } of NEAR_SYNONYMS) {
    if ((name.quoted && !quoted) || (quotedOnly && !name.quoted) || name.text.length < minLength || (titlesOnly && !name.fromTitle)) continue;
    for (const [from, to] of [words, [words[1], words[0]]] as const) {
      for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) {
        const wrong = text.slice(0, at) + to + text.slice(at + from.length);
        out.push(...(bareToo ? [wrong, wrong.replace(/[“”]/g, '')] : [wrong]));
      }
    }
  }
  return out;
}

export function nearMissNameRule(phrases: readonly PhraseLike[], taken: ReadonlySet<string> = new Set(), titles: readonly string[] = []): SubstitutionRule | null {
  const current = phrases.filter((p) => (p.status ?? 'current') === 'current');
  // Every form the bank writes, folded: a swap that gives one of them (or a piece of one) is not a mistake.
  const bankText = phrases.flatMap((p) => [p.text, ...(p.variants ?? [])]).map(normalisePattern).join('\n');
  const fixFor: Record<string, string> = {};
  const names: Name[] = [...current.flatMap(namesOf), ...namesInTitles(titles).map((text) => ({ text, quoted: false, fromTitle: true }))];
  // A piece cut inside a quotation (重大执法决定法制审核”等制度) is not a name.
  const whole = names.filter((n) => (n.text.match(/[“”]/g) ?? []).length % 2 === 0);
  for (const name of whole.sort((x, y) => x.text.localeCompare(y.text))) {
    // A piece with 的, 是 or 和 in it is a clause more than a name: its words may be ordered otherwise.
    const reordered = !name.quoted && name.text.length >= MIN_PERMUTED && !/[的是和与及在为]/.test(name.text) ? permutations(name.text) : [];
    for (const wrong of [...countSwaps(name.text, crossedCounts(whole, name.text)), ...reordered]) {
      const key = normalisePattern(wrong);
      if (!bankText.includes(key) && !taken.has(key) && (fixFor[key] === undefined || name.text < fixFor[key])) fixFor[key] = name.text;
    }
    const once = nearSynonymSwaps(name, name.text);
    // Two of the listed words swapped in one name (行政规范性文件合规性审查机制 for …合法性审核机制): each a slip on its own,
    // so both together are one name misremembered, not another name.
    const twice = once.flatMap((w) => nearSynonymSwaps(name, w)).filter((w) => w !== name.text && !once.includes(w));
    for (const form of [...once, ...twice]) {
      const key = normalisePattern(form);
      if (bankText.includes(key) || taken.has(key)) continue;
      if (fixFor[key] === undefined || name.text < fixFor[key]) fixFor[key] = name.text;
    }
  }
  // Round 58 (v60d-system-name-06, -08): a filing word put in before the 制 of a name that ends in it (证明事项告知承诺备案制
  // for 证明事项告知承诺制, central-documents.md 1): filing is another procedure than the one the name gives.
  for (const name of whole.filter((n) => /[^度体机]制$/.test(n.text) && !n.text.endsWith('责任制'))) {
    for (const word of FILING_WORDS) {
      const key = normalisePattern(`${name.text.slice(0, -1)}${word}制`);
      if (!bankText.includes(key) && !taken.has(key) && fixFor[key] === undefined) fixFor[key] = name.text;
    }
  }
  // Round 59 (v61c-system-name-15): two neighbouring characters swapped inside a short quoted name (“好评差” for “好差评”,
  // central-documents.md 国办发〔2019〕51号): no quoted name the bank gives is its own name with two characters swapped.
  // Only a quoted name the bank writes before a name word (“好差评”制度, “放管服”改革): a quoted phrase alone (“跑多次”) may
  // be turned about in ordinary words.
  const namesAThing = (n: Name) => SYSTEM_WORDS.some((w) => bankText.includes(normalisePattern(`${n.text}${w}`)));
  for (const name of whole.filter((n) => /^“[\u4e00-\u9fff]{3,5}”$/.test(n.text) && namesAThing(n))) {
    for (const wrong of charSwaps(name.text)) {
      const key = normalisePattern(wrong);
      if (!bankText.includes(key) && !taken.has(key) && fixFor[key] === undefined) fixFor[key] = name.text;
    }
  }
  for (const name of compoundNames(phrases)) {
    for (const wrong of compoundCountSwaps(name)) {
      const key = normalisePattern(wrong);
      if (!bankText.includes(key) && !taken.has(key) && fixFor[key] === undefined) fixFor[key] = `“${name}”`;
    }
  }
  const rule = hintFromFixTable(fixFor, {
    id: 'phrase-near-miss-names',
    kind: 'system-name',
    message: '规范表述库收录的制度、平台名称是另一种写法，这里换了一个近义词（如“过程”写成“流程”、“在线”写成“网上”、“好差评”写成“好坏评”）。名称照库中写法写；确是本地另行命名的，可以保留。',
    source: { kind: 'practice', note: '由规范表述库中现行的制度、平台名称推出：库中名称只换一个近义词的写法。' },
  });
  if (!rule) return null;
  // The same names, and the titles' names, matched by likeness at check time (fixed-names.ts): any short change
  // between a kept head and tail, not only the swaps listed above. The bank's own near forms are never reported.
  const wordings = current.flatMap((p) => [p.text, ...(p.variants ?? [])]);
  const listed = fixedNameList(wordings, namesInTitles(titles));
  // A bank name that is a near form of another, where a title spells the other (培育工程 beside 培养工程), is no name of its own.
  const fixedNames = listed.filter((n) => overruledByTitles([n], listed.filter((m) => m !== n), titles).size === 0);
  const allWordings = [...phrases.flatMap((p) => [p.text, ...(p.variants ?? [])]), ...titles];
  const slogans = quotedSlogans(wordings);
  const near = attestedNearForms(allWordings, fixedNames, slogans);
  const overruled = overruledByTitles(near, fixedNames, titles);
  // The titles and the bank's short wordings that spell a system's name, for the short names of it writers use
  // (fixed-names.ts, shortNameOfTitle). Sorted: the build and the Node reader list the sources in different orders, and
  // the compiled rules must be the same file either way.
  const titleTexts = [...new Set([...titles, ...current.flatMap((p) => [p.text, ...(p.variants ?? [])]).filter((w) => w.length <= 30 && /清单|制度|体系|机制|平台/.test(w))].map(normalisePattern))].sort();
  // Every short term the bank writes, current or not: a local name built from one is no slip of another name.
  const shortWordings = shortWordingsOf(phrases.flatMap((p) => [p.text, ...(p.variants ?? [])]));
  const foldedTitles = titles.map(normalisePattern);
  const titleSpelt = fixedNames.filter((n) => foldedTitles.some((t) => t.includes(n)));
  const withNames: SubstitutionRule & FixedNameData = { ...rule, fixedNames, slogans, attestedNear: near.filter((f) => !overruled.has(f)), titleTexts, shortWordings, titleSpelt };
  return withNames;
}
