import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, driven by playwright-core; a missing browser is a failure, never a skip. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (CI's .ci/run installs it), or set CHROMIUM_PATH`);
  // A fresh profile for every run (playwright passes its own --user-data-dir).
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
