import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { actAs, ROOT, startTestCloud } from './helpers';

describe('the sign-in persona cards', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true, devLogin: true });
  });
  after(() => cloud.close());

  const cards = async () => {
    const res = await fetch(`${cloud.url}/api/auth/personas`);
    return ((await res.json()) as { data: Array<{ openid: string; label: string; description: string }> }).data;
  };

  it('say what each person is now: once approved, the applicant is a party member, not still waiting', async () => {
    const before = (await cards()).find((p) => p.openid === 'demo_applicant')!;
    assert.equal(before.label, '入支部申请人');
    assert.match(before.description, /等待支部书记审核/);
    assert.equal((await cards()).find((p) => p.openid === 'demo_secretary')!.label, '支部书记 · 机关第一党支部');

    const secretary = await actAs(cloud, 'demo_secretary');
    const queue = (await secretary('org', 'listJoinRequests', { status: 'pending' })).data;
    const request = queue.find((r: { openid: string }) => r.openid === 'demo_applicant');
    const decided = await secretary('org', 'decideJoin', { requestId: request.id, approve: true });
    assert.ok(decided.ok, JSON.stringify(decided));

    const after = (await cards()).find((p) => p.openid === 'demo_applicant')!;
    assert.equal(after.label, '党员 · 机关第一党支部');
    assert.doesNotMatch(after.description, /等待/);
  });
});
