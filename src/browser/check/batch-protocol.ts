/**
 * Messages between the 批量体检 page code (./batch.ts) and its worker (./worker.ts). Files travel as
 * File objects (a handle, not a copy of the bytes); results come back as plain data.
 */
import type { BatchRow } from '../../shared/draft-check/batch-summary.ts';
import type { CheckResult, ReportKind } from '../../shared/draft-check/types.ts';

export interface CheckOptionsGiven { type?: ReportKind; year?: number }

export type ToWorker =
  | { kind: 'init'; rulesUrl: string }
  | { kind: 'check'; id: number; file: File; options: CheckOptionsGiven };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  /** `text` and `result` are absent when the file could not be read or checked (row.problem says why). */
  | { kind: 'checked'; id: number; row: BatchRow; text?: string; result?: CheckResult };
