// How every browser test launches Debian's Chromium (../shared/notes/toolchain.md): as root it needs the
// explicit path and --no-sandbox, and the network flags keep it from calling out of this closed machine.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
