import { defineConfig } from '@playwright/test';
import { electronExecutable, ELECTRON_MISSING } from './e2e/electron-app';
import type { Runner } from './e2e/fixtures';

// Said once, in the runner process, so the skipped electron project is not a silent mystery.
if (!process.env.TEST_WORKER_INDEX && !electronExecutable()) console.log(`[electron project] ${ELECTRON_MISSING}`);

export default defineConfig<{ runner: Runner }>({
  testDir: 'e2e',
  outputDir: 'e2e/output/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        runner: 'browser',
        browserName: 'chromium',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    {
      name: 'electron',
      use: { runner: 'electron' },
    },
  ],
});
