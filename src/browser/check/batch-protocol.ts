/**
 * Messages between the 批量体检 page code (./batch.ts) and its worker (./worker.ts). Files travel as
 * File objects (a handle, not a copy of the bytes); results come back as plain data.
 */
import type { BatchRow } from '../../shared/draft-check/batch-summary.ts';
import type { CheckResult, Finding, ReportKind } from '../../shared/draft-check/types.ts';

export interface CheckOptionsGiven { type?: ReportKind; year?: number }

export type ToWorker =
  | { kind: 'init'; rulesUrl: string }
  | { kind: 'check'; id: number; file: File; options: CheckOptionsGiven }
  /** Every checked file with its findings as a Word file with comments, all in one .zip. */
  | { kind: 'annotate'; id: number; items: { file: File; text: string; findings: Finding[] }[] };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  /** `text` and `result` are absent when the file could not be read or checked (row.problem says why). */
  | { kind: 'checked'; id: number; row: BatchRow; text?: string; result?: CheckResult }
  /** The .zip, and the files that could not be annotated with the reason (they are not in it). */
  | { kind: 'annotated'; id: number; zip: Uint8Array; failed: { file: string; problem: string }[] };
