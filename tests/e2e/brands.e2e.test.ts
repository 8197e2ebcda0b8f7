import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { e2eSession, signIn } from './harness';

// The brand pages come later; what they will show already works offline: the seeded covers and
// logos come from the local cloud's file store and decode in the browser the h5 build runs in.
describe('brand pictures in the h5 build, offline', () => {
  const session = e2eSession();

  it('the carousel’s and the matrix’s pictures load from the local cloud', async () => {
    const page = await signIn(session, 'demo_member_a');
    const base = session.cloud().url;
    const token = session.cloud().sessions.issue('demo_member_a', 'wxe2e');
    const call = async (action: string, data: unknown) => {
      const res = await fetch(`${base}/api/brands`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ action, data }),
      });
      return ((await res.json()) as { data: any }).data;
    };
    const carousel = await call('carousel', {});
    const matrix = await call('matrix', {});
    const files: string[] = [
      ...carousel.items.map((i: any) => i.image),
      matrix.main.logo,
      ...matrix.tiles.map((t: any) => t.cover),
    ];
    assert.ok(files.length >= 10 && files.every((f) => f?.startsWith('cloud://')));
    // As the app's fileUrl() does on h5: cloud://<env>/<path> → <local cloud>/storage/<path>.
    const urls = files.map((f) => `${base}/storage/${f.replace(/^cloud:\/\/[^/]+\//, '')}`);
    const sizes = await page.evaluate(
      (list) =>
        Promise.all(
          list.map(
            (src) =>
              new Promise<[number, number]>((resolve) => {
                const img = new Image();
                img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
                img.onerror = () => resolve([0, 0]);
                img.src = src;
              }),
          ),
        ),
      urls,
    );
    assert.deepEqual(sizes[0], [640, 360]);
    assert.deepEqual(sizes[carousel.items.length], [200, 200]);
    assert.ok(
      sizes.every(([w]) => w > 0),
      JSON.stringify(sizes),
    );
    await page.close();
  });
});
