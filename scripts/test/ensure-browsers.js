// Installs the browsers and drivers the test suite needs when they are
// missing (Debian/Ubuntu apt, as `playwright install --with-deps` would):
// Chromium, Firefox ESR, WebKitGTK's WebKitWebDriver, and Xvfb for WebKit;
// and Noto's Arabic and CJK fonts, so Arabic and Japanese are laid out in
// real glyphs (as readers see them) on every machine, not in a fallback face.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const needs = [
  { pkg: 'chromium', path: '/usr/bin/chromium' },
  { pkg: 'firefox-esr', path: '/usr/bin/firefox-esr' },
  { pkg: 'webkit2gtk-driver', path: '/usr/bin/WebKitWebDriver' },
  { pkg: 'xvfb', path: '/usr/bin/xvfb-run' },
  { pkg: 'xauth', path: '/usr/bin/xauth' },
  { pkg: 'fonts-noto-core', path: '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf' },
  { pkg: 'fonts-noto-cjk', path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
];

/** Installs with apt the Debian packages in `missing` (names), or exits saying which to install. */
export function aptInstall(missing, what = 'browsers/drivers') {
  if (missing.length === 0) return;
  console.log(`Installing missing ${what} with apt: ${missing.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env });
    execSync(`${sudo}apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, { stdio: 'inherit', env });
  } catch {
    console.error(
      `Could not install ${missing.join(', ')} with apt. Install them yourself ` +
        `(Debian 12: apt-get install ${missing.join(' ')}) and run the tests again.`,
    );
    process.exit(1);
  }
}

export function ensureBrowsers() {
  aptInstall(needs.filter((n) => !existsSync(n.path)).map((n) => n.pkg));
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers();
