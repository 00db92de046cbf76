/**
 * Runs once per build, before the first page renders: the cross-file content checks
 * (src/build/integrity.ts). A broken reference fails the build here, with every problem listed,
 * so no layout or component has to trigger it.
 */
import { defineMiddleware } from 'astro:middleware';
import { assertContentIntegrity } from './build/integrity.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  await assertContentIntegrity();
  return next();
});
