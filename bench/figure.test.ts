import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFigure, formatNumber } from './figure';

test('numbers keep three significant digits', () => {
  assert.equal(formatNumber(1234.5), '1235');
  assert.equal(formatNumber(45.67), '45.7');
  assert.equal(formatNumber(2.345), '2.35');
  assert.equal(formatNumber(0.01234), '0.012');
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(93), '93');
});

test('a timing line names the baseline, the ratio and the verdict', () => {
  const line = formatFigure({
    name: 'search.p95',
    value: 2.2,
    unit: 'ms',
    baseline: { name: 'rg p95', value: 99 },
    target: { pass: true, text: '>= 20x faster than rg' },
  });
  assert.equal(line, 'search.p95 2.20 ms (rg p95 99 ms, 45× faster) PASS [target >= 20x faster than rg]');
});

test('a slower figure says so, with its p95, and a figure without baseline says that too', () => {
  assert.equal(
    formatFigure({ name: 'tag', value: 3.5, p95: 6.25, unit: 'ms', baseline: { name: 'fdatasync', value: 1.75 } }),
    'tag 3.50 ms p95 6.25 ms (fdatasync 1.75 ms, 2× slower)',
  );
  assert.equal(
    formatFigure({ name: 'rss', value: 600, unit: 'MB', target: { pass: false, text: '< 500 MB' } }),
    'rss 600 MB (no baseline) FAIL [target < 500 MB]',
  );
});
