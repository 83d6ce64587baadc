import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = 3100;
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database and upload folder per run, so every run starts from the seeded demo federation.
const runDir = path.join(os.tmpdir(), `dari-e2e-${Date.now()}`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  webServer: {
    command: 'npx tsx server/main.ts',
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      SQLITE_PATH: path.join(runDir, 'dari.db'),
      UPLOAD_DIR: path.join(runDir, 'uploads'),
      DATABASE_URL: '',
      REDIS_URL: '',
      SMTP_URL: '',
      // The suite signs in many times from one address; the limit itself is covered by API tests.
      LOGIN_RATE_LIMIT: '1000',
    },
  },
});
