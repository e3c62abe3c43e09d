import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    testTimeout: 30_000,
    // Set-up hooks build whole books (EPUB, PDF, epubcheck); on a shared 2-core machine that can take over vitest's 10 s.
    hookTimeout: 120_000,
    // The test files share one worker's module cache: each no longer imports and evaluates src/ and its
    // dependencies afresh (a third of a file's time on average). No test mocks a module or changes the
    // process's environment or directory, so a file sees the same modules it would see alone.
    isolate: false,
    // The CLI tests run bin/quire.js, which runs lib/: compiled once here, not by each file.
    globalSetup: ['tests/global-setup.ts'],
  },
});
