// Places on a grid, so that "near here" is an equality query an index serves. A cell is a square of
// the lat/lng grid at one of two sizes (0.1° ≈ 11 km, 1° ≈ 111 km); a station has a row per cell
// size and service (index-rows.ts). A search asks for the block of cells around the position and
// widens it; everything within `coveredKm` of the position is then surely among the rows found.

export interface Level {
  level: number;
  deg: number;
}

export const LEVELS: readonly Level[] = [
  { level: 1, deg: 0.1 },
  { level: 2, deg: 1 },
];

const KM_PER_DEG = 111.2;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km (GCJ-02 is offset from WGS-84 by the same few hundred metres nearby). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function cellIndex(level: Level, lat: number, lng: number): [number, number] {
  return [Math.floor(lat / level.deg), Math.floor(lng / level.deg)];
}

export function cellKey(level: Level, y: number, x: number): string {
  return `${level.level}:${y}:${x}`;
}

export function cellOf(level: Level, lat: number, lng: number): string {
  const [y, x] = cellIndex(level, lat, lng);
  return cellKey(level, y, x);
}

/** The cells at Chebyshev distance `from`…`to` around the position's cell (a block, or a ring of one). */
export function cellsAround(level: Level, lat: number, lng: number, from: number, to: number): string[] {
  const [cy, cx] = cellIndex(level, lat, lng);
  const out: string[] = [];
  for (let dy = -to; dy <= to; dy++) {
    for (let dx = -to; dx <= to; dx++) {
      if (Math.max(Math.abs(dy), Math.abs(dx)) >= from) out.push(cellKey(level, cy + dy, cx + dx));
    }
  }
  return out;
}

/** Every point within this many km of the position lies in the block of `k` cells around it. */
export function coveredKm(level: Level, lat: number, k: number): number {
  const farLat = Math.min(89, Math.abs(lat) + (k + 1) * level.deg);
  return k * level.deg * KM_PER_DEG * Math.cos(rad(farLat));
}
