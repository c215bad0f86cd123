// 32-bit hashing for terms, MinHash and LSH band keys. Every step stays in signed 32-bit
// integer arithmetic (Math.imul, `| 0`): V8 keeps such values unboxed, while unsigned values
// above 2^31 become doubles and make MinHash over 200,000 paragraphs several times slower.
// Only equality and a consistent order matter here, so signed values serve as well.

/** FNV-1a over the UTF-16 code units of `s`, as a signed 32-bit integer. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** murmur3's finaliser: a cheap bijective mix of 32 bits, signed. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
