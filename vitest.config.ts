/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests can render components with the container API.
export default getViteConfig({
  test: {
    // tests/unit: fast, in-process; tests/build: tests that spawn a build, a CLI or a re-import.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    // fold() needs its traditional→simplified table installed (src/shared/search/fold.ts).
    setupFiles: ['src/shared/search/t2s-install.ts'],
  },
});
