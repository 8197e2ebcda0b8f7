/**
 * Pictures for the demo showcases, drawn at seed time (no copied photos): brand-red gradients with a
 * sail, a sun and waves, varied by a seed, encoded with pngjs. Small on purpose: a cover is
 * 640x360, a logo 200x200. Written by hand here: the shapes are a few lines each, and no drawing
 * library is worth adding to the local cloud for them.
 */
import { PNG } from 'pngjs';

type RGB = [number, number, number];

const RED: RGB = [200, 22, 29];
const DEEP: RGB = [120, 8, 14];
const GOLD: RGB = [255, 206, 84];
const WHITE: RGB = [255, 248, 240];

const mix = (a: RGB, b: RGB, t: number): RGB => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
/** Three waves, lighter towards the front. */
const WAVES: RGB[] = [0, 1, 2].map((k) => mix(RED, WHITE, 0.25 + 0.2 * k));

/** Blends `c` towards `b` in place (the per-pixel hot path: no allocation). */
function over(c: RGB, b: RGB, t: number): void {
  if (t <= 0) return;
  c[0] += (b[0] - c[0]) * t;
  c[1] += (b[1] - c[1]) * t;
  c[2] += (b[2] - c[2]) * t;
}
const clamp01 = (t: number) => Math.max(0, Math.min(1, t));
/** Soft edge: 1 inside, 0 outside, blended over one pixel. */
const edge = (signedDistance: number) => clamp01(0.5 - signedDistance);

/** A triangle's coverage test, its edges' normals worked out once (either winding). */
function triangle(t: readonly number[]): (px: number, py: number) => number {
  const [ax, ay, bx, by, cx, cy] = t as [number, number, number, number, number, number];
  const orient = Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) || 1;
  const edges = [
    [ax, ay, bx, by],
    [bx, by, cx, cy],
    [cx, cy, ax, ay],
  ].map(([x0, y0, x1, y1]) => {
    const len = Math.hypot(x1! - x0!, y1! - y0!);
    // Distance to the edge's line, negative on the inside.
    return { x0: x0!, y0: y0!, nx: (orient * (y1! - y0!)) / len, ny: (-orient * (x1! - x0!)) / len };
  });
  const [minX, maxX] = [Math.min(ax, bx, cx) - 1, Math.max(ax, bx, cx) + 1];
  const [minY, maxY] = [Math.min(ay, by, cy) - 1, Math.max(ay, by, cy) + 1];
  return (px, py) => {
    if (px < minX || px > maxX || py < minY || py > maxY) return 0;
    let cover = 1;
    for (const e of edges) cover = Math.min(cover, edge((px - e.x0) * e.nx + (py - e.y0) * e.ny));
    return cover;
  };
}

export interface ArtOptions {
  width: number;
  height: number;
  /** Varies hue, sail and waves, so each brand's picture is its own. */
  seed: number;
  /** A round badge (logo) rather than a full picture (cover). */
  badge?: boolean;
}

function painter(o: ArtOptions): (x: number, y: number) => RGB {
  const { width: w, height: h, seed } = o;
  const sx = w * (0.2 + (0.6 * ((seed * 37) % 100)) / 100);
  const sy = h * 0.28;
  const r = Math.min(w, h) * 0.12;
  const mx = w * (o.badge ? 0.5 : 0.3 + (0.4 * ((seed * 61) % 100)) / 100);
  const top = h * 0.18;
  const deck = h * 0.7;
  const mainSail = triangle([mx + 2, top, mx + 2, deck, mx + w * 0.22, deck]);
  const jib = triangle([mx - 2, top + h * 0.08, mx - w * 0.16, deck, mx - 2, deck]);
  const hullA = triangle([mx - w * 0.2, deck + 2, mx + w * 0.26, deck + 2, mx + w * 0.18, deck + h * 0.07]);
  const hullB = triangle([mx - w * 0.2, deck + 2, mx + w * 0.18, deck + h * 0.07, mx - w * 0.14, deck + h * 0.07]);
  // Wave crests depend on x alone: worked out once per column.
  const crests = [0, 1, 2].map((k) =>
    Float64Array.from(
      { length: w },
      (_v, i) =>
        h * (0.76 + 0.08 * k) +
        h * 0.025 * Math.sin((((i + 0.5) / w) * (6 + k + (seed % 3)) + k * 1.7 + seed) * Math.PI),
    ),
  );
  return (x, y) => pixel(x, y);
  function pixel(x: number, y: number): RGB {
    const u = x / w;
    const v = y / h;
    // Sky: red to deep red, diagonally; the seed tilts it.
    const c = mix(RED, DEEP, clamp01(0.65 * v + 0.35 * (seed % 2 ? u : 1 - u)));
    // Sun, gold, upper side.
    if (Math.abs(x - sx) < r + 1 && Math.abs(y - sy) < r + 1)
      over(c, GOLD, 0.9 * edge(Math.sqrt((x - sx) ** 2 + (y - sy) ** 2) - r));
    // Sail: two triangles on a mast, a hull under them.
    over(c, WHITE, Math.max(mainSail(x, y), 0.85 * jib(x, y)));
    over(c, DEEP, Math.max(hullA(x, y), hullB(x, y)));
    // Waves: bands of sine curves, lighter towards the front.
    for (let k = 0; k < 3; k++) {
      const crest = crests[k]![Math.floor(x)]!;
      over(c, WAVES[k]!, 0.8 * edge(crest - y));
    }
    if (o.badge) {
      // Round badge with a gold ring; transparent-looking white outside.
      const d = Math.sqrt((x - w / 2) ** 2 + (y - h / 2) ** 2);
      const R = w / 2 - 2;
      over(c, GOLD, edge(Math.abs(d - (R - 4)) - 3));
      over(c, WHITE, 1 - edge(d - R));
    }
    return c;
  }
}

/** A PNG picture as bytes. */
export function brandArt(o: ArtOptions): Buffer {
  const png = new PNG({ width: o.width, height: o.height, colorType: 2, inputHasAlpha: false });
  const data = Buffer.alloc(o.width * o.height * 3);
  const pixel = painter(o);
  for (let y = 0; y < o.height; y++) {
    for (let x = 0; x < o.width; x++) {
      const [r, g, b] = pixel(x + 0.5, y + 0.5);
      const i = (y * o.width + x) * 3;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
    }
  }
  png.data = data;
  return PNG.sync.write(png, { colorType: 2, inputHasAlpha: false, deflateLevel: 6 });
}

export const coverArt = (seed: number) => brandArt({ width: 640, height: 360, seed });
export const logoArt = (seed: number) => brandArt({ width: 200, height: 200, seed, badge: true });
