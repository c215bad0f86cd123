#!/usr/bin/env node
// Renders build/icon.svg to the PNG, .ico and .icns files electron-builder uses, with Chromium
// (through playwright-core) as the SVG renderer and plain JS for the .ico and .icns containers.
// The outputs are committed; run this again only after changing the SVG.
//   node scripts/make-icons.mjs        (CHROMIUM_PATH overrides /usr/bin/chromium)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's PNG-capable icns types; the @2x ones reuse the larger renders.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png) {
  if (png.readUInt32BE(0) !== 0x89504e47 || png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A Windows .ico holding PNG-compressed images (supported since Windows Vista). */
function buildIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const png of pngs) {
    const { width, height } = pngSize(png);
    const e = Buffer.alloc(16);
    e.writeUInt8(width >= 256 ? 0 : width, 0);
    e.writeUInt8(height >= 256 ? 0 : height, 1);
    e.writeUInt8(0, 2);
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** A macOS .icns of PNG entries: 'icns', total length, then (type, length, data) records. */
function buildIcns(entries) {
  const records = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + records.reduce((n, r) => n + r.length, 0), 4);
  return Buffer.concat([head, ...records]);
}

async function render(svg) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch(existsSync(executablePath) ? { executablePath } : {});
  try {
    const page = await browser.newPage();
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const out = new Map();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
      await page.locator('img').evaluate((img) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const got = pngSize(png);
      if (got.width !== size || got.height !== size) throw new Error(`rendered ${got.width}x${got.height}, wanted ${size}`);
      out.set(size, png);
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function main() {
  const svg = readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');
  const pngs = await render(svg);
  const get = (size) => {
    const png = pngs.get(size);
    if (!png) throw new Error(`no ${size}px render`);
    return png;
  };
  mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
  for (const size of SIZES) writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), get(size));
  writeFileSync(path.join(buildDir, 'icon.png'), get(1024));
  writeFileSync(path.join(buildDir, 'icon.ico'), buildIco(ICO_SIZES.map(get)));
  writeFileSync(path.join(buildDir, 'icon.icns'), buildIcns(ICNS_TYPES.map(([type, size]) => [type, get(size)])));
  console.log(`Wrote build/icons/{${SIZES.join(',')}}.png, build/icon.png, build/icon.ico, build/icon.icns`);
}

main().catch((e) => {
  console.error(`make-icons: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
