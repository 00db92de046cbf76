/**
 * Installs the traditional→simplified table for fold() (fold.ts says why it is separate). Import
 * it, for its effect, before folding: Node entry points and tests do; the search page loads it
 * on demand.
 */
import { installT2S } from './fold.ts';
import { T2S_OFFSETS, T2S_STEPS } from './t2s-table.ts';

installT2S(T2S_STEPS, T2S_OFFSETS);
