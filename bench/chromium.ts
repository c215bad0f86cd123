// How every benchmark starts Chromium: the system build, without the sandbox (containers, CI)
// and without the background services that would add noise to the timings.
export const CHROMIUM_PATH = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
