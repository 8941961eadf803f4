import { defineConfig } from 'vitest/config';

// Unit and store tests sit beside the code; browser tests live in e2e/ and need a built web app.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['e2e/unpack-chromium.ts'],
  },
});
