import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    testTimeout: 30_000,
    // Vitest's default is one worker per core less one: a single worker on a two-core machine, which leaves
    // a core idle whenever a test file waits on its own JavaScript. Two workers keep both cores busy.
    maxWorkers: 2,
    // The CLI tests run bin/quire.js, which runs lib/: compiled once here, not by each file.
    globalSetup: ['tests/global-setup.ts'],
  },
});
