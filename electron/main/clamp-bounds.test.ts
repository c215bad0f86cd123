import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { clampBounds, DEFAULT_SIZE, MIN_SIZE, type Rect } from './clamp-bounds';

const primary: Rect = { x: 0, y: 25, width: 1920, height: 1055 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 1024 };

test('bounds that fit are kept as they were', () => {
  const saved = { x: 100, y: 120, width: 1000, height: 700 };
  assert.deepEqual(clampBounds(saved, [primary, right], primary), saved);
  const onSecond = { x: 2000, y: 50, width: 900, height: 600 };
  assert.deepEqual(clampBounds(onSecond, [primary, right], primary), onSecond);
});

test('no saved bounds: default size, centred on the primary display', () => {
  assert.deepEqual(clampBounds(undefined, [primary], primary), {
    x: (1920 - DEFAULT_SIZE.width) / 2,
    y: 25 + Math.round((1055 - DEFAULT_SIZE.height) / 2),
    ...DEFAULT_SIZE,
  });
});

test('a window on an unplugged monitor comes back to the primary display', () => {
  const r = clampBounds({ x: 4000, y: 100, width: 800, height: 600 }, [primary], primary);
  assert.equal(r.width, DEFAULT_SIZE.width);
  assert.ok(r.x >= 0 && r.x + r.width <= 1920);
});

test('a window half off screen is moved in; one too large is shrunk to the work area', () => {
  assert.deepEqual(clampBounds({ x: 1500, y: 900, width: 800, height: 600 }, [primary], primary), {
    x: 1120,
    y: 480,
    width: 800,
    height: 600,
  });
  assert.deepEqual(clampBounds({ x: -50, y: 0, width: 5000, height: 3000 }, [primary], primary), primary);
});

test('a window straddling two displays goes to the one it overlaps most', () => {
  const r = clampBounds({ x: 1700, y: 100, width: 1000, height: 700 }, [primary, right], primary);
  assert.equal(r.x, 1920);
});

test('garbage in the state file is ignored', () => {
  const r = clampBounds({ x: Number.NaN, y: 0, width: 800, height: 600 }, [primary], primary);
  assert.equal(r.width, DEFAULT_SIZE.width);
  assert.equal(clampBounds({ x: 0, y: 0, width: -5, height: 600 }, [primary], primary).width, DEFAULT_SIZE.width);
});

test('property: the result always lies fully inside one work area', () => {
  const rect = fc.record({
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
    width: fc.integer({ min: 1, max: 6000 }),
    height: fc.integer({ min: 1, max: 6000 }),
  });
  const area = fc.record({
    x: fc.integer({ min: -4000, max: 4000 }),
    y: fc.integer({ min: -4000, max: 4000 }),
    width: fc.integer({ min: 320, max: 4000 }),
    height: fc.integer({ min: 240, max: 3000 }),
  });
  fc.assert(
    fc.property(fc.option(rect, { nil: undefined }), fc.array(area, { minLength: 1, maxLength: 3 }), (saved, areas) => {
      const [first] = areas;
      if (!first) return;
      const r = clampBounds(saved, areas, first);
      const inside = areas.some(
        (a) => r.x >= a.x && r.y >= a.y && r.x + r.width <= a.x + a.width && r.y + r.height <= a.y + a.height,
      );
      assert.ok(inside, JSON.stringify({ saved, areas, r }));
      assert.ok(r.width >= Math.min(MIN_SIZE.width, first.width) || areas.some((a) => a.width < MIN_SIZE.width));
    }),
  );
});
