import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { setLocalSdkCredentials } from '../../cloud/local/host/sdk-env';
import { startTestCloud } from './helpers';
import type * as RateLimitModule from '../../cloud/core/rate-limit';

type RateLimit = typeof RateLimitModule;


describe('rate limits kept in the database', () => {
  let cloud: LocalCloud;
  let rl: RateLimit;
  const limit = { name: 'test', max: 3, windowMs: 60 * 60_000, what: '尝试次数过多' };
  before(async () => {
    cloud = await startTestCloud();
    setLocalSdkCredentials();
    rl = await import('../../cloud/core/rate-limit');
  });
  after(() => cloud.close());

  const t0 = new Date('2026-11-30T10:00:00+08:00');
  const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  it('allows max attempts per window, then refuses with RATE_LIMITED saying when to try again', async () => {
    for (let i = 0; i < 3; i++) await rl.consume(limit, 'u1', later(i));
    await assert.rejects(rl.consume(limit, 'u1', later(10)), (e: { code: string; message: string }) => {
      assert.equal(e.code, 'RATE_LIMITED');
      assert.match(e.message, /尝试次数过多，请 50 分钟后再试/);
      return true;
    });
    await assert.rejects(rl.checkLimit(limit, 'u1', later(59)), { code: 'RATE_LIMITED' });
    // Another key is untouched.
    await rl.consume(limit, 'u2', later(10));
  });

  it('starts a new window once the old one has lapsed', async () => {
    await rl.checkLimit(limit, 'u1', later(61));
    await rl.consume(limit, 'u1', later(61));
    const doc = cloud.db.find('rateLimits', { _id: 'test:u1' })[0] as unknown as { count: number };
    assert.equal(doc.count, 1);
  });

  it('counts every one of many concurrent attempts: exactly max get through', async () => {
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => rl.consume(limit, 'burst', t0)));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 3);
    for (const r of results) if (r.status === 'rejected') assert.equal((r.reason as { code: string }).code, 'RATE_LIMITED');
  });
});
