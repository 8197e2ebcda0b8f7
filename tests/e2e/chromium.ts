import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
// Without CJK fonts every Chinese character renders as a box in screenshots.
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function missingPackages(): string[] {
  return PACKAGES.filter((p) => {
    try {
      execFileSync('dpkg', ['-s', p], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

/** Installs Debian's Chromium and CJK fonts when missing (as root), or says exactly what to run. */
export function ensureChromium(): void {
  const missing = missingPackages();
  if (missing.length === 0 && fs.existsSync(CHROMIUM)) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`浏览器测试需要 Chromium 与中文字体，请以 root 运行：sudo sh -c '${command}'`);
  }
  console.log(`installing ${missing.join(', ')} for the browser tests…`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
