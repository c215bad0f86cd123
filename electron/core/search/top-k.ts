// Picks the k smallest keys without sorting all of them: a page of 50 out of 150,000 candidates
// costs O(n log k), not O(n log n).

/** Indexes of the `k` smallest keys, in ascending key order. Keys must be distinct for a stable result. */
export function smallestK(keys: Float64Array, k: number): Uint32Array {
  const n = keys.length;
  k = Math.max(0, Math.min(k, n));
  if (k === 0) return new Uint32Array(0);
  if (k * 4 >= n) {
    const all = Uint32Array.from({ length: n }, (_, i) => i);
    all.sort((a, b) => (keys[a] as number) - (keys[b] as number));
    return all.subarray(0, k);
  }
  // Max-heap of the k best so far: the root is the worst of them.
  const heap = new Uint32Array(k);
  let size = 0;
  const key = (slot: number) => keys[heap[slot] as number] as number;
  const swap = (a: number, b: number) => {
    const t = heap[a] as number;
    heap[a] = heap[b] as number;
    heap[b] = t;
  };
  for (let i = 0; i < n; i++) {
    const v = keys[i] as number;
    if (size < k) {
      heap[size] = i;
      for (let c = size++; c > 0; ) {
        const p = (c - 1) >> 1;
        if (key(p) >= key(c)) break;
        swap(p, c);
        c = p;
      }
    } else if (v < key(0)) {
      heap[0] = i;
      for (let p = 0; ; ) {
        const l = 2 * p + 1;
        const r = l + 1;
        let big = p;
        if (l < k && key(l) > key(big)) big = l;
        if (r < k && key(r) > key(big)) big = r;
        if (big === p) break;
        swap(p, big);
        p = big;
      }
    }
  }
  return heap.sort((a, b) => (keys[a] as number) - (keys[b] as number));
}
