export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const centred = (area: Rect, width: number, height: number): Rect => ({
  x: Math.round(area.x + (area.width - width) / 2),
  y: Math.round(area.y + (area.height - height) / 2),
  width,
  height,
});

/**
 * Puts saved window bounds back on a display that still exists: the one the window overlapped most,
 * shrunk to fit its work area and moved fully inside it. With no saved bounds, or none overlapping
 * any display (a monitor was unplugged), the window opens centred on the primary display.
 */
export function clampBounds(saved: Rect | undefined, workAreas: readonly Rect[], primary: Rect): Rect {
  const fit = (area: Rect, width: number, height: number) => ({
    width: Math.min(Math.max(Math.round(width), Math.min(MIN_SIZE.width, area.width)), area.width),
    height: Math.min(Math.max(Math.round(height), Math.min(MIN_SIZE.height, area.height)), area.height),
  });
  const valid =
    saved !== undefined && [saved.x, saved.y, saved.width, saved.height].every(Number.isFinite) && saved.width > 0 && saved.height > 0;
  const best = valid
    ? workAreas.reduce<{ area: Rect; score: number } | null>((acc, area) => {
        const score = overlap(saved, area);
        return score > 0 && (acc === null || score > acc.score) ? { area, score } : acc;
      }, null)
    : null;
  if (!valid || best === null) {
    const size = fit(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height);
    return centred(primary, size.width, size.height);
  }
  const { area } = best;
  const size = fit(area, saved.width, saved.height);
  const x = Math.min(Math.max(Math.round(saved.x), area.x), area.x + area.width - size.width);
  const y = Math.min(Math.max(Math.round(saved.y), area.y), area.y + area.height - size.height);
  return { x, y, ...size };
}
