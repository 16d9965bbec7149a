// The Pareto frontier of quality against latency: the groups no other group beats on both (at least as
// fast and at least as good, and strictly better on one).

/** A point of the quality/latency plane. */
export interface ParetoPoint {
  /** Latency (lower is better). */
  latency: number;
  /** Quality (higher is better). */
  quality: number;
}

/** Indices of the points on the frontier, ordered by latency. */
export function paretoFrontier(points: readonly ParetoPoint[]): number[] {
  const onFrontier: number[] = [];
  points.forEach((p, i) => {
    const dominated = points.some(
      (q, j) =>
        j !== i &&
        q.latency <= p.latency &&
        q.quality >= p.quality &&
        (q.latency < p.latency || q.quality > p.quality),
    );
    if (!dominated) onFrontier.push(i);
  });
  return onFrontier.sort(
    (a, b) => points[a]!.latency - points[b]!.latency || points[b]!.quality - points[a]!.quality,
  );
}
