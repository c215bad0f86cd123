// A small seeded PRNG and the picks the generator needs. Math.random is never used in bench data:
// the same seed must give the same bytes on every machine.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** Log-uniform index in [0, n): low indexes much more common, like word or name frequencies. */
  zipf(n: number): number;
  chance(p: number): boolean;
  shuffle<T>(list: T[]): T[];
  /** `chars` lowercase hex digits. */
  hex(chars: number): string;
}

/** mulberry32: 32 bits of state, fast, and good enough for test data (not for anything secret). */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)] as T;
    },
    zipf(n: number) {
      return Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1)) - 1));
    },
    chance: (p: number) => next() < p,
    shuffle<T>(list: T[]): T[] {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j] as T, list[i] as T];
      }
      return list;
    },
    hex(chars: number) {
      let s = '';
      while (s.length < chars) s += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
      return s.slice(0, chars);
    },
  };
}
