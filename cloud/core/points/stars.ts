import type { StarInfo, StarLevel } from '../../../contracts/points';

const byMinPoints = (a: StarLevel, b: StarLevel) => a.minPoints - b.minPoints;

/** The highest star level the total reaches, or null. */
export function starFor(stars: readonly StarLevel[], total: number): StarInfo | null {
  const reached = [...stars].sort(byMinPoints).filter((s) => total >= s.minPoints);
  const top = reached[reached.length - 1];
  return top ? { stars: top.stars, minPoints: top.minPoints } : null;
}

/** The next level up and how many points it still needs; null at the top. */
export function nextStarFor(stars: readonly StarLevel[], total: number): (StarInfo & { missing: number }) | null {
  const next = [...stars].sort(byMinPoints).find((s) => s.minPoints > total);
  return next ? { stars: next.stars, minPoints: next.minPoints, missing: next.minPoints - total } : null;
}
