/**
 * The scaffolding the outline (起草提纲) writes, in one place: the labels of its prompts and the
 * slots it leaves for the writer. The outline reads them to write its comments and slots; the
 * checker (报告体检) reads them to flag any of them left in a draft, so the two cannot drift.
 */
export const OUTLINE_MARKERS = {
  /** 要写：… — what a section must cover (a comment line; 〔要写：…〕 in older outlines). */
  cover: '要写',
  /** 可用事实：… — facts worth gathering for a section. */
  evidence: '可用事实',
  /** 可用表述：… — a suggested wording with its note. */
  phrase: '可用表述',
  /** Slots left in the document itself. */
  organ: '〔机关名称〕',
  addressee: '主送机关',
  date: '〔成文日期〕',
} as const;

/** The prompt labels, as they open a 〔label：…〕 prompt or a comment line. */
export const OUTLINE_PROMPT_LABELS = [OUTLINE_MARKERS.cover, OUTLINE_MARKERS.evidence, OUTLINE_MARKERS.phrase] as const;
