// Type of .astro imports in unit tests (the Astro language server supplies it in the editor; tsc needs it here).
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
