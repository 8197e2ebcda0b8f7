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

const EARTH_KM = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km (GCJ-02 is offset from WGS-84 by the same few hundred metres nearby). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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

/**
 * Every point within this many km of the position lies in the block of `k` cells around it: the
 * great-circle distance to the nearest edge of the block. Past a latitude edge a point is at least
 * that many degrees of arc away; past a longitude edge, sin²(d/2) ≥ cos φ₀ · cos φ · sin²(Δλ/2) with
 * φ no further from the equator than the block reaches.
 */
export function coveredKm(level: Level, lat: number, lng: number, k: number): number {
  const [cy, cx] = cellIndex(level, lat, lng);
  const south = (cy - k) * level.deg;
  const north = (cy + k + 1) * level.deg;
  const byLat = Math.min(lat - south, north - lat) * (Math.PI / 180) * EARTH_KM;
  const dLng = Math.min(lng - (cx - k) * level.deg, (cx + k + 1) * level.deg - lng);
  const farLat = Math.min(90, Math.max(Math.abs(south), Math.abs(north)));
  const h = Math.cos(rad(lat)) * Math.cos(rad(farLat)) * Math.sin(rad(dLng) / 2) ** 2;
  const byLng = 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.min(byLat, byLng);
}
