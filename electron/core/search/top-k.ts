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
  // Max-heap of the k best so far (heapKeys mirrors heap): the root is the worst of them.
  const heap = new Uint32Array(k);
  const heapKeys = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let c = i;
    const v = keys[i] as number;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if ((heapKeys[p] as number) >= v) break;
      heap[c] = heap[p] as number;
      heapKeys[c] = heapKeys[p] as number;
      c = p;
    }
    heap[c] = i;
    heapKeys[c] = v;
  }
  for (let i = k; i < n; i++) {
    const v = keys[i] as number;
    if (v >= (heapKeys[0] as number)) continue;
    let p = 0;
    for (;;) {
      const l = 2 * p + 1;
      if (l >= k) break;
      const r = l + 1;
      const big = r < k && (heapKeys[r] as number) > (heapKeys[l] as number) ? r : l;
      if ((heapKeys[big] as number) <= v) break;
      heap[p] = heap[big] as number;
      heapKeys[p] = heapKeys[big] as number;
      p = big;
    }
    heap[p] = i;
    heapKeys[p] = v;
  }
  return heap.sort((a, b) => (keys[a] as number) - (keys[b] as number));
}
