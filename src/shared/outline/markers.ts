/**
 * The labels of the markers the drafting outline writes (outline.ts) — slots in the document
 * (〔机关名称〕), and the labels of its prompts, which the .docx puts in Word comments (要写：…) and
 * older outlines wrote as 〔要写：…〕 — and that the checker flags in a draft until the writer
 * replaces them (the outline-prompt rule, draft-check/compile.ts). One list, so the outline
 * cannot gain a marker the checker does not know.
 */
export const OUTLINE_MARKERS = {
  /** 〔要写：…〕 what a section should cover. */
  cover: '要写',
  /** 〔可用事实：…〕 facts to gather for it. */
  evidence: '可用事实',
  /** 可用表述：… a suggested wording, with its note (a comment line of the outline). */
  phrase: '可用表述',
  /** 〔主送机关〕 or 〔主送机关：…〕 the addressee. */
  addressee: '主送机关',
  /** 〔机关名称〕 the organ, when none was given. */
  organ: '机关名称',
  /** 〔成文日期〕 the date. */
  date: '成文日期',
} as const;

export const OUTLINE_MARKER_LABELS: readonly string[] = Object.values(OUTLINE_MARKERS);

/**
 * The labels that open a prompt to the writer rather than a slot: the .docx writes them in Word
 * comments without brackets (要写：…), so a copied comment is a bare line; the checker flags such a
 * line or clause. The slots (机关名称, 主送机关, 成文日期) only count in brackets.
 */
export const OUTLINE_PROMPT_LABELS: readonly string[] = [OUTLINE_MARKERS.cover, OUTLINE_MARKERS.evidence, OUTLINE_MARKERS.phrase];

/** A bare marker: 〔机关名称〕. */
export const markerSlot = (label: string): string => `〔${label}〕`;

/** A marker with a note: 〔要写：…〕. */
export const markerNote = (label: string, note: string): string => `〔${label}：${note}〕`;
