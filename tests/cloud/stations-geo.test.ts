// The grid search's promise: every place within coveredKm of a position lies in the block of cells
// that nearby() asked for, so a station it leaves out cannot be nearer than one it shows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LEVELS, cellOf, cellsAround, coveredKm, distanceKm } from '../../cloud/core/stations/geo';
import { seededRandom } from './helpers';

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The point `km` from a position along a bearing, on the same sphere distanceKm measures on. */
function destination(from: { lat: number; lng: number }, km: number, bearing: number): { lat: number; lng: number } {
  const d = km / 6371;
  const [φ1, λ1] = [rad(from.lat), rad(from.lng)];
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
  const λ2 = λ1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return { lat: deg(φ2), lng: deg(λ2) };
}

describe('station grid', () => {
  it('everything within coveredKm of a position lies in the block of cells around it', () => {
    const rnd = seededRandom(2026);
    let checked = 0;
    for (let i = 0; i < 4000; i++) {
      const here = { lat: -60 + rnd() * 120, lng: -170 + rnd() * 340 };
      const level = LEVELS[Math.floor(rnd() * LEVELS.length)]!;
      const k = 1 + Math.floor(rnd() * 8);
      const covered = coveredKm(level, here.lat, here.lng, k);
      const block = new Set(cellsAround(level, here.lat, here.lng, 0, k));
      // Points just inside the bound, in every direction: the worst case is the nearest edge.
      for (let b = 0; b < 36; b++) {
        const p = destination(here, covered * 0.9999, (b / 36) * 2 * Math.PI + rnd() * 0.1);
        assert.ok(Math.abs(distanceKm(here, p) - covered * 0.9999) < 0.01);
        assert.ok(block.has(cellOf(level, p.lat, p.lng)), `${JSON.stringify(here)} k=${k} level ${level.level}: ${JSON.stringify(p)}`);
        checked++;
      }
    }
    assert.equal(checked, 4000 * 36);
  });

  it('the bound is close: 10% past it, some direction leaves the block', () => {
    const rnd = seededRandom(11);
    for (let i = 0; i < 300; i++) {
      const here = { lat: 20 + rnd() * 20, lng: 105 + rnd() * 15 };
      const level = LEVELS[i % LEVELS.length]!;
      const covered = coveredKm(level, here.lat, here.lng, 2);
      const block = new Set(cellsAround(level, here.lat, here.lng, 0, 2));
      const outside = Array.from({ length: 720 }, (_v, b) => destination(here, covered * 1.1, (b / 720) * 2 * Math.PI)).some(
        (p) => !block.has(cellOf(level, p.lat, p.lng)),
      );
      assert.ok(outside, `${JSON.stringify(here)} level ${level.level}`);
    }
  });
});
