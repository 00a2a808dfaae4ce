// Shared by the screenshot scripts: serves the project under the demo's
// strict CSP (scripts/demo/serve-demo.js), opens one headless Chromium page that
// reports console errors, page errors and failed requests, runs `fn`, then
// stops both.
import { spawn } from 'node:child_process';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';

export async function withDemoPage(port, fn) {
  const server = spawn(process.execPath, ['scripts/demo/serve-demo.js', '--port', String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && console.log('console:', m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    page.on('response', (r) => r.status() >= 400 && console.log('HTTP', r.status(), r.url()));
    await fn(page, `http://localhost:${port}`);
  } finally {
    await browser.close();
    server.kill();
  }
}
