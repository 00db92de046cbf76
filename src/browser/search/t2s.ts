/**
 * The search page's traditional→simplified table, loaded on demand (fold.ts says why). Importing
 * this module makes fold() work without the table until ensureT2S() has installed it.
 */
import { deferT2S, t2sInstalled } from '../../shared/search/fold.ts';

deferT2S();

let loading: Promise<void> | undefined;
/** Installs the table once (a separate 8 KB script); later calls wait for the same load. */
export function ensureT2S(): Promise<void> {
  return (loading ??= import('../../shared/search/t2s-install.ts').then(
    () => undefined,
    (err) => {
      loading = undefined;
      throw err;
    },
  ));
}

/**
 * Whether a query folded without the table may have folded differently with it: only text with
 * a character beyond ASCII can hold a traditional one.
 */
export const mayNeedT2S = (text: string): boolean => !t2sInstalled() && /[^\u0000-\u007f]/.test(text);
