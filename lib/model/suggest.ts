/** Nearest-name suggestions for unknown references ("did you mean ...?"). */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The candidate closest to `name` (case-insensitive), if it is close enough to be a likely typo. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** " Did you mean X?" or "" when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const n = nearest(name, candidates);
  return n ? ` Did you mean "${n}"?` : '';
}

/**
 * What a person likely meant: the one candidate that contains `name` (case-insensitive: `env` for "environment", a
 * part of a display name for the whole name), else the nearest spelling ({@link nearest}).
 */
export function likelyMeant(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = name.toLowerCase();
  const containing = lower.length > 0 ? list.filter((c) => c.toLowerCase().includes(lower)) : [];
  return containing.length === 1 ? containing[0] : nearest(name, list);
}

/** " Did you mean X?" for {@link likelyMeant}, or "" when nothing is likely. */
export function didYouMeanLikely(name: string, candidates: Iterable<string>): string {
  const m = likelyMeant(name, candidates);
  return m ? ` Did you mean "${m}"?` : '';
}
