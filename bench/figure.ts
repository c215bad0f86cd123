// One printed line per figure: `name value unit [p95 …] (baseline value, ratio) PASS|FAIL`.

export interface Figure {
  name: string;
  /** The median, for timings. */
  value: number;
  unit: string;
  p95?: number;
  baseline?: { name: string; value: number; p95?: number };
  /** Set when the figure has a target. */
  target?: { pass: boolean; text: string };
  note?: string;
}

const TIME_UNITS = new Set(['ms', 's']);

/** Three significant digits, without exponent notation. */
export function formatNumber(x: number): string {
  const a = Math.abs(x);
  if (Number.isInteger(x) || a >= 100) return String(Math.round(x));
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

function ratio(value: number, baseline: number, unit: string): string {
  if (baseline <= 0 || value <= 0) return 'no ratio';
  const r = value / baseline;
  if (!TIME_UNITS.has(unit)) return `${formatNumber(r)}×`;
  return r >= 1 ? `${formatNumber(r)}× slower` : `${formatNumber(1 / r)}× faster`;
}

export function formatFigure(f: Figure): string {
  let line = `${f.name} ${formatNumber(f.value)} ${f.unit}`;
  if (f.p95 !== undefined) line += ` p95 ${formatNumber(f.p95)} ${f.unit}`;
  if (f.baseline) {
    const b = f.baseline;
    const p95 = b.p95 !== undefined ? ` p95 ${formatNumber(b.p95)}` : '';
    line += ` (${b.name} ${formatNumber(b.value)}${p95} ${f.unit}, ${ratio(f.value, b.value, f.unit)})`;
  } else {
    line += ' (no baseline)';
  }
  if (f.target) line += ` ${f.target.pass ? 'PASS' : 'FAIL'} [target ${f.target.text}]`;
  if (f.note) line += ` - ${f.note}`;
  return line;
}

/** Bytes to MB (10^6), the unit memory targets are stated in. */
export const mb = (bytes: number) => bytes / 1e6;
