import { z } from 'astro/zod';
import './zh-errors.ts';
import { SLUG_PATTERN, keysOf } from './vocab.ts';
import { RULE_TYPE_LABELS } from '../draft-check/labels.ts';

/**
 * Rules of the draft checker (报告体检): src/content/rules/<type>.yaml, one YAML list per file.
 * A rule is plain data; src/shared/draft-check/compile.ts turns the list into what the checker runs.
 * Substitution rules are mostly generated from the phrase bank (已过时 / 期满 entries), not typed here.
 */

/** Finding levels. ASCII keys in data, labels on the page. */
export const RULE_LEVELS = {
  error: '错误',
  hint: '提示',
} as const;
export type RuleLevel = keyof typeof RULE_LEVELS;
export const RULE_LEVEL_IDS = keysOf(RULE_LEVELS);

/** Rule types, one checker each. */
export const RULE_TYPES = RULE_TYPE_LABELS;
export type RuleType = keyof typeof RULE_TYPES;
export const RULE_TYPE_IDS = keysOf(RULE_TYPES);

/** The reference files of ../shared/reference that a rule may rest on. */
export const REFERENCE_FILES = ['requirements.md', 'official-phrases.md', 'currency-2026.md', 'gbt9704-layout.md', 'central-documents.md'] as const;

/**
 * Kinds of mistake, as the evaluation set (tests/eval/check) names them; bench:check grades each
 * rule's findings under its kind. Rules without one (missing sections, 落款 form) are not graded by kind.
 */
export const RULE_KINDS = [
  'placeholder',
  'outline-prompt',
  'series-order',
  'four-personally',
  'outdated-wording',
  'expired-document-as-guidance',
  'fazhi-fazhi',
  'document-title',
  'system-name',
  'quotation-marks',
  'impossible-date',
  'signing-date',
  'year-contradiction',
  'number-mismatch',
  'heading-numbering',
  'half-width-punctuation',
] as const;

/** Report types the checker distinguishes: the guide slugs of src/content/guides. */
export const CHECK_REPORT_TYPES = ['shufa-report', 'law-based-government-annual-report', 'self-inspection-report'] as const;
export type CheckReportType = (typeof CHECK_REPORT_TYPES)[number];

const slug = z.string().regex(SLUG_PATTERN, 'id 只能用小写英文字母、数字和连字符');

/** What a rule rests on. Say which kind: a source entry, a line of the reference files, or local practice. */
export const ruleSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('source'),
    /** A key of src/content/sources (file name without .yaml). */
    key: slug,
  }),
  z.object({
    kind: z.literal('reference'),
    /** The reference file in ../shared/reference. */
    file: z.enum(REFERENCE_FILES, { error: `参考文件必须是以下之一：${REFERENCE_FILES.join('、')}` }),
    /** Where in it: an item number (B9, A2) or a section heading. */
    item: z.string().min(1, '写明条目号或小节名，如 B9'),
  }),
  z.object({
    kind: z.literal('phrase'),
    /** A phrase-bank id (src/content/phrases); used by generated substitution rules. */
    phrase: slug,
  }),
  z.object({
    kind: z.literal('practice'),
    /** Why it is practice and not a rule, in one sentence. */
    note: z.string().min(4, '说明这是什么做法'),
  }),
]);
export type RuleSource = z.infer<typeof ruleSourceSchema>;

const common = {
  /** Stable ASCII id: the anchor on /check/rules/ and the key in findings. Never reuse or rename. */
  id: slug,
  /** error (错误): a real mistake; hint (提示): worth a second look. Precision first: use error only when every match is wrong. */
  level: z.enum(RULE_LEVEL_IDS, { error: '级别必须是 error（错误）或 hint（提示）' }),
  /** What is wrong, in Chinese, as shown to the writer. */
  message: z.string().min(4, '提示语过短'),
  /** How to fix it, in Chinese, where there is a fix. */
  fix: z.string().min(1).optional(),
  /** What the rule rests on. */
  source: ruleSourceSchema,
  /** The kind of mistake the rule finds (RULE_KINDS), for grading per kind. */
  kind: z.enum(RULE_KINDS).optional(),
  /** A repetitive kind (half-width punctuation, spaces): one finding per draft with the count and the list of places. */
  once: z.boolean().optional(),
  /** Only check reports on this year or later (e.g. 期满 wording matters from 2026). */
  fromYear: z.number().int().min(2000).max(2100).optional(),
  /** The rule's own examples: every bad one must trigger it, no good one may. */
  examples: z.object({
    /** Texts that must trigger this rule (at least one). */
    bad: z.array(z.string().min(1)).min(1, '至少写一个应触发的反例'),
    /** Texts that must not trigger this rule (at least one). */
    good: z.array(z.string().min(1)).min(1, '至少写一个不应触发的正例'),
    /** Report type and year the examples are checked as, when the rule depends on them. */
    type: z.enum(CHECK_REPORT_TYPES).optional(),
    year: z.number().int().optional(),
  }),
};

/** A leftover placeholder or unfilled slot. */
export const existenceRuleSchema = z
  .object({
    ...common,
    type: z.literal('existence'),
    /** Literal strings, matched on the normalised text (full-width Latin letters and digits folded, whitespace dropped). */
    patterns: z.array(z.string().min(1)).default([]),
    /** JavaScript regular expressions (source only, flag u), matched on the original text line by line. */
    regex: z.array(z.string().min(1)).default([]),
    /** Matches inside any of these strings are not findings (e.g. X光 for an X rule). */
    except: z.array(z.string().min(1)).default([]),
    /**
     * The drafting outline's own markers (src/shared/outline/markers.ts): flag adds 〔机关名称〕 and 〔要写：…〕
     * for each label to what the rule finds; skip leaves them to that rule.
     */
    outlineMarkers: z.enum(['flag', 'skip']).optional(),
    /**
     * With outlineMarkers: flag, labels of writing prompts from other outlines and templates (写作提示：…);
     * with the outline's own prompt labels they are flagged in any bracket and as a bare line or clause.
     */
    promptLabels: z.array(z.string().min(1)).optional(),
  })
  .refine((r) => r.patterns.length + r.regex.length > 0 || r.outlineMarkers === 'flag', { message: '至少写一个 patterns 或 regex', path: ['patterns'] });

/** Outdated or expired wording with its current replacement. */
export const substitutionRuleSchema = z.object({
  ...common,
  type: z.literal('substitution'),
  /** The wordings to flag, matched on the normalised text. */
  patterns: z.array(z.string().min(2)).min(1),
  /** The current wording to write instead, if there is one. */
  replacement: z.string().min(1).optional(),
  /** When set, this typed rule replaces the one generated from that phrase-bank entry (to adjust level or message). */
  overridesPhrase: slug.optional(),
  /** Matches inside any of these strings are not findings (法制审核 for a 法制 rule). */
  except: z.array(z.string().min(2)).optional(),
  /** Silent in a sentence that recalls history (回顾, 历程, 从…到…): the old wording quoted as history is not a mistake. */
  history: z.boolean().optional(),
  /**
   * The last year the old wording was the current one (the year before the reference dates its replacement): a year up
   * to it before the wording, however written (2018年，中央全面依法治国委员会…提出“十个坚持”), dates the wording as of its
   * own time, not as current guidance.
   */
  currentUntil: z.number().int().min(1949).max(2100).optional(),
  /**
   * Found only where the draft itself writes the two characters after the pattern with this word instead
   * (法制交通 in a report titled 法治交通建设): the draft's own usage shows which word it means.
   */
  ownWordForm: z.string().min(2).optional(),
  /**
   * Found only where a place name the draft itself uses follows the pattern (法制梧冈 in a report of 梧冈县): the brand of
   * a place built up under the rule of law (法治中国, 法治X县).
   */
  ownPlaceName: z.boolean().optional(),
  /**
   * Found only as an aim of the plans (下一步将提升…的能力): a verb of raising before it in its clause, in a section on next
   * steps. The writer's own target, where the newer wording is the one to aim at.
   */
  asAimInPlans: z.boolean().optional(),
});

/** A fixed series written in another order. */
export const orderRuleSchema = z.object({
  ...common,
  type: z.literal('order'),
  /** The series in its canonical order; each item lists its accepted wordings, the first being the canonical one. */
  items: z.array(z.array(z.string().min(1)).min(1)).min(2),
  /** A run with fewer distinct items than this is ignored. */
  minItems: z.number().int().min(2),
  /** A run with more distinct items than this is ignored (lets a partial-run rule leave the full run to another rule). */
  maxItems: z.number().int().min(2).optional(),
  /** The most characters allowed between two items of one run (separators such as 、，和 or 亲自 phrases). */
  maxGap: z.number().int().min(0).max(8).default(2),
  /** Objects paired with the items, index for index (四个亲自: 重要工作 goes with 亲自部署); a swapped pair is out of order. */
  objects: z.array(z.string().min(1)).optional(),
  /** Members of other, legitimate series (知法, 懂法, 护法): a run touching one of them is that series and is not reported. */
  others: z.array(z.string().min(1)).optional(),
  /** A list of named systems: one item written otherwise, the others in place, is a mistake of this kind (series-slots.ts). */
  changedItem: z.object({ kind: z.enum(RULE_KINDS), level: z.enum(RULE_LEVEL_IDS) }).optional(),
  /** A fixed formulation quoted with one item left out, the rest in order (series-slots.ts): a mistake of this kind. */
  droppedItem: z.object({ kind: z.enum(RULE_KINDS), level: z.enum(RULE_LEVEL_IDS) }).optional(),
  /** Report a run only when one of these words follows it (the rest of the quoted provision): two idioms side by side in ordinary prose are no fixed series. */
  onlyBefore: z.array(z.string().min(1)).optional(),
  /** The last year an older official order of the series was current: that order quoted as history stays silent (recalled-order.ts). */
  oldOrderUntil: z.number().int().min(1949).optional(),
  /** The word every item carries (亲自): a further item carrying it, joined to the whole series by 、, is one too many (added-item.ts). */
  itemWord: z.string().min(1).optional(),
});

/** A 《…》 title that nearly matches a known document. */
export const titleRuleSchema = z.object({
  ...common,
  type: z.literal('title'),
  /** The exact title, without 《》. */
  exact: z.string().min(2),
  /** Wrong forms seen in drafts, without 《》. */
  nearMisses: z.array(z.string().min(2)).default([]),
  /** Also flag any title that equals exact once dashes, brackets, spaces and 年 are ignored (wrong dash or parentheses). */
  formVariants: z.boolean().default(true),
});

/** One section a report type needs, and how to find it in a draft. */
export const structureSectionSchema = z.object({
  /** Guide section id (sections[].id in src/content/guides/<type>.md). */
  section: slug,
  /** Words that mark the section in a heading or a paragraph's first sentence; any one suffices. */
  keywords: z.array(z.string().min(2)).min(1),
});

/** Missing sections or broken heading numbering. */
export const structureRuleSchema = z.object({
  ...common,
  type: z.literal('structure'),
  /** What the rule checks. */
  check: z.enum(['missing-section', 'numbering-skip', 'numbering-repeat', 'numbering-dot', 'numbering-dun', 'numbering-halfwidth', 'numbering-level', 'numbering-series']),
  /** For missing-section: the report type (guide slug). */
  reportType: z.enum(CHECK_REPORT_TYPES).optional(),
  /** For missing-section: the section and its keywords. */
  sectionSpec: structureSectionSchema.optional(),
});

/** Dates, years and punctuation that disagree within one draft. */
export const consistencyRuleSchema = z.object({
  ...common,
  type: z.literal('consistency'),
  /** What the rule checks. */
  check: z.enum([
    'opening-year',
    'heading-year',
    'signoff-date-style',
    'signoff-year',
    'signoff-before-year-end',
    'signoff-after-deadline',
    'signoff-before-review',
    'halfwidth-punct',
    'unpaired-quote',
    'unpaired-paren',
    'year-range-dash',
    'cjk-space',
    'impossible-date',
    'current-year',
    'plan-year',
    'summary-total',
    'parts-sum',
    'rate',
    'quote-style',
    'expired-guidance',
    'doc-number',
    'event-year',
    'event-before-held',
  ]),
  /** For expired-guidance: documents (src/content/sources keys) with the short names drafts use, and the document that succeeded each. */
  plans: z.array(z.object({ source: slug, aliases: z.array(z.string().min(2)).default([]), successor: slug.optional() })).optional(),
  /** For expired-guidance: which source statuses the rule reports (superseded: replaced by a newer document; expired: period ended). */
  statuses: z.array(z.enum(['superseded', 'expired'])).optional(),
  /** For expired-guidance: also the earlier documents each source replaced (its supersedes list, by 文号). */
  predecessors: z.boolean().optional(),
  /**
   * For plan-year: a collective name for several plans (一规划两纲要, requirements.md 四), dated by its plans: from the
   * first one's start to the last one's end, read from their titles.
   */
  collectives: z.array(z.object({ name: z.string().min(2), sources: z.array(slug).min(2) })).optional(),
  /**
   * For event-year: events a sentence may date (今年是…N周年, 第N年, 召开之年), by the names drafts use. Their years come
   * from the sources (each source's date) or, for a fixed date no source carries (新中国成立, 1949), from year.
   */
  events: z.array(z.object({ names: z.array(z.string().min(2)).min(1), sources: z.array(slug).default([]), year: z.number().int().min(1900).max(2100).optional() })).optional(),
});

export const ruleSchema = z.discriminatedUnion('type', [
  existenceRuleSchema,
  substitutionRuleSchema,
  orderRuleSchema,
  titleRuleSchema,
  structureRuleSchema,
  consistencyRuleSchema,
]);
export type RuleData = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;

/** A rules file is a list of rules. */
export const rulesFileSchema = z.array(ruleSchema);
