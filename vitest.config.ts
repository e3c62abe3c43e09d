import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    testTimeout: 30_000,
    // The CLI tests run bin/quire.js, which runs lib/: compiled once here, not by each file.
    globalSetup: ['tests/global-setup.ts'],
  },
});
