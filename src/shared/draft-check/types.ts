/**
 * Types shared by the draft checker. Plain data only, so compiled rules can be written
 * to a rules.json by the build and read back by the page and the CLI unchanged.
 */

export type Level = 'error' | 'hint';
export type RuleType = 'existence' | 'substitution' | 'order' | 'title' | 'structure' | 'consistency';
export type ReportKind = 'shufa-report' | 'law-based-government-annual-report' | 'self-inspection-report';

/** Where a rule comes from, as in src/schemas/rule.ts. */
export type RuleSource =
  | { kind: 'source'; key: string }
  | { kind: 'reference'; file: string; item: string }
  | { kind: 'phrase'; phrase: string }
  | { kind: 'practice'; note: string };

/** The part of a rule every finding and the catalogue page need. */
export interface RuleMeta {
  id: string;
  type: RuleType;
  level: Level;
  message: string;
  fix?: string;
  source: RuleSource;
  fromYear?: number;
  /** What kind of mistake the rule finds (the evaluation set's kinds: placeholder, series-order, …); graded per kind. */
  kind?: string;
  /** A repetitive kind (half-width punctuation, spaces): one finding per draft, with the count and every place. */
  once?: boolean;
  examples: { bad: string[]; good: string[]; type?: ReportKind; year?: number };
  /** For structure rules on sections: the guide and section the finding links to. */
  guide?: { slug: string; section: string; title?: string };
}

export interface ExistenceRule extends RuleMeta {
  type: 'existence';
  patterns: string[];
  regex: string[];
  except: string[];
  outlineMarkers?: 'flag' | 'skip';
  promptLabels?: string[];
  /** Generated rules: the regexes only run on a text holding one of these words (a list's first two items), to keep the check fast. */
  requires?: string[];
}
export interface SubstitutionRule extends RuleMeta {
  type: 'substitution';
  patterns: string[];
  replacement?: string;
  overridesPhrase?: string;
  /** Matches inside any of these strings are not findings (法制审核 for a 法制 rule). */
  except?: string[];
  /** Silent in a sentence that recalls history (回顾, 历程, 从…到…). */
  history?: boolean;
  /** The last year the old wording was current: a year up to it before the wording dates it as of its time. */
  currentUntil?: number;
  /** Per pattern (normalised), the fix that fits where the pattern stands: the replacement's wording of the same shape. */
  fixFor?: Record<string, string>;
  /** From this year on the fix is another one (the replacement has itself expired). */
  laterFix?: { fromYear: number; fix: string };
  /** Found only where the draft writes the two characters after the pattern with this word instead (法治交通 for 法制交通). */
  ownWordForm?: string;
  /** Found only where a place name the draft uses elsewhere follows the pattern (法制梧冈 in a report of 梧冈县). */
  ownPlaceName?: boolean;
  /** Found only as an aim in the section on next steps (将提升…的能力), not as an account or a shortcoming. */
  asAimInPlans?: boolean;
}
export interface OrderRule extends RuleMeta {
  type: 'order';
  items: string[][];
  minItems: number;
  maxItems?: number;
  maxGap: number;
  /** Objects paired with the items (四个亲自: 重要工作 with 亲自部署 …): each object belongs to the item of the same index. */
  objects?: string[];
  /** Members of other, legitimate series (知法, 懂法, 护法): a run next to one of them is another series, not a misordering. */
  others?: string[];
  /** A list of named systems: one item written otherwise is a mistake of this kind (series-slots.ts). */
  changedItem?: { kind: string; level: Level };
  /** A fixed formulation quoted with one item left out, the rest in order: a mistake of this kind (series-slots.ts). */
  droppedItem?: { kind: string; level: Level };
  /** Orders the series once had officially: a run in one of them is outdated wording, another rule's finding. */
  oldOrders?: string[][];
  /** The last year an older order of the series was official: quoted as history, that order is mentioned, not used (recalled-order.ts). */
  oldOrderUntil?: number;
  /** The word every item carries (亲自): one more item carrying it after the whole series is one too many (added-item.ts). */
  itemWord?: string;
  /** Report a run only when one of these words follows it (带头尊法学法守法用法 after 以身作则、以上率下). */
  onlyBefore?: string[];
}
export interface TitleRule extends RuleMeta {
  type: 'title';
  exact: string;
  nearMisses: string[];
  formVariants: boolean;
  /** Filled in by compileRules: the exact titles of the other title rules (other plans, not misspellings of this one). */
  siblings?: string[];
  /** A short title found only with one character changed in place (《优化营商坏境条例》), never by the looser likeness. */
  oneCharOff?: boolean;
}
export interface StructureRule extends RuleMeta {
  type: 'structure';
  check: 'missing-section' | 'numbering-skip' | 'numbering-repeat' | 'numbering-dot' | 'numbering-dun' | 'numbering-halfwidth' | 'numbering-level' | 'numbering-series';
  reportType?: ReportKind;
  sectionSpec?: { section: string; keywords: string[] };
}
export interface ConsistencyRule extends RuleMeta {
  type: 'consistency';
  check: 'opening-year' | 'heading-year' | 'signoff-date-style' | 'signoff-year' | 'signoff-before-year-end' | 'signoff-after-deadline' | 'signoff-before-review' | 'halfwidth-punct' | 'unpaired-quote' | 'unpaired-paren' | 'year-range-dash' | 'cjk-space'
    | 'impossible-date' | 'current-year' | 'plan-year' | 'summary-total' | 'parts-sum' | 'rate' | 'quote-style' | 'expired-guidance' | 'doc-number' | 'event-year' | 'event-before-held';
  /** For expired-guidance: the plans (src/content/sources keys) with the short names drafts use, and their successor. */
  plans?: { source: string; aliases: string[]; successor?: string }[];
  /** For expired-guidance: which source statuses this rule reports (superseded: replaced; expired: period ended). */
  statuses?: ('superseded' | 'expired')[];
  /** For expired-guidance: also every earlier text a source replaced (its supersedes list), by 文号. */
  predecessors?: boolean;
  /** Filled in by compileRules from the sources: title, status and last year of each plan, and its successor's. */
  resolved?: ExpiredPlan[];
  /** For doc-number and plan-year, filled in by compileRules: each current source with a 文号 or a day of force. */
  numbered?: { title: string; docNumber?: string; adopted?: number; since?: number }[];
  /** For plan-year, filled in by compileRules: each source whose title carries its period, by the name before it. */
  periods?: { name: string; start: number; end: number }[];
  /** For plan-year: collective names of several plans (一规划两纲要); compileRules adds each to periods. */
  collectives?: { name: string; sources: string[] }[];
  /** For event-year: the events by name; compileRules fills years from the sources' dates and the fixed year, and dates (YYYY-MM or YYYY-MM-DD) from the sources. */
  events?: { names: string[]; sources?: string[]; year?: number; years?: number[]; dates?: string[] }[];
}

/** A plan whose period has ended, as the expired-guidance check needs it. */
export interface ExpiredPlan {
  title: string;
  aliases: string[];
  status: 'superseded' | 'expired';
  end: number;
  /** The plan's 文号 (中发〔2021〕33号), which drafts also cite it by. */
  docNumber?: string;
  successor?: { title: string; end?: number };
}

export type Rule = ExistenceRule | SubstitutionRule | OrderRule | TitleRule | StructureRule | ConsistencyRule;

/** A pattern of the shared Aho-Corasick dictionary: which rule, and for order rules which item. */
export interface DictEntry { pattern: string; rule: number; item?: number; obj?: number; verbFirst?: true }

/** What compileRules returns and checkDraft takes. JSON-serialisable. */
export interface CompiledRules {
  version: 1;
  rules: Rule[];
  /** Literal patterns of existence, substitution and order rules, in normalised form. */
  dictionary: DictEntry[];
  /** Report-type keywords for guessing the type, from the guides' titles. */
  typeHints: Record<ReportKind, string[]>;
}

/** A link the page shows with a rule: its href (with the site's base) and its text. */
export interface RuleLink { href: string; label: string }

/** Per rule, where the page sends the writer: the catalogue entry, the rule's source, the phrase or guide section. */
export interface RuleLinks {
  /** The rule's entry on /check/rules/ (#<rule id>). */
  rule: string;
  /** The source the rule rests on, as its title; href only when the site has a page for it. */
  source: { label: string; href?: string };
  /** The phrase-bank entry, for rules generated from it. */
  phrase?: RuleLink;
  /** The guide section, for rules on a required section. */
  guide?: RuleLink;
}

/**
 * What the build writes once to /check/rules.json and both the page and the CLI read:
 * the compiled rules (passed to checkDraft as they are) and the links the page shows.
 */
export interface RulesFile extends CompiledRules {
  links: Record<string, RuleLinks>;
}

export interface Finding {
  rule: string;
  type: RuleType;
  level: Level;
  /** UTF-16 offsets into the text as given to checkDraft; end exclusive. */
  start: number;
  end: number;
  /** The original text between start and end. */
  text: string;
  message: string;
  fix?: string;
  /** The heading of the draft section the finding sits in, if any. */
  section?: string;
  /** For structure findings on a missing section: guide slug and section id. */
  guide?: { slug: string; section: string };
  /** For a repetitive kind reported once per draft: every place, the first of which is start–end. */
  places?: { start: number; end: number }[];
  /** Rules whose findings on the same words were merged into this one (one mistake, one finding). */
  merged?: string[];
}

export interface CheckOptions { type?: ReportKind; year?: number }

export interface CheckResult {
  /** The type checked as: the one given, else the guessed one. */
  type: ReportKind | null;
  /** The type guessed from the title and headings (null when nothing fits). */
  guessedType: ReportKind | null;
  /** The reporting year used: the one given, else the one found in the title or opening. */
  year: number | null;
  findings: Finding[];
}
