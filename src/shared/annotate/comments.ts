/** What a comment says about a finding, and the XML of word/comments.xml. */
import type { Finding } from '../draft-check/types.ts';

/** The part of a checker finding a comment needs (a Finding from checkDraft fits). */
export type AnnotateFinding = Pick<Finding, 'rule' | 'level' | 'start' | 'end' | 'message'> & Partial<Pick<Finding, 'fix' | 'type' | 'text'>>;

export interface AnnotateMeta {
  /** The comments' author as Word shows it; default 报告体检. */
  author?: string;
  /** The comments' date; left out when not given (Word shows none). */
  date?: Date;
}
