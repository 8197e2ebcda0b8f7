// Subscribe-message accounting: the app reports each accept, the server counts it per person and
// template (ids this deployment uses only, and not without limit), and a send takes one first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { actAs, ROOT, startTestCloud, type Call } from './helpers';
import { configureTemplates, TEMPLATE_IDS } from './jobs-fixture';
import { fieldValue } from '../../cloud/core/subscribe/format';

describe('subscribe accepts', () => {
  let cloud: LocalCloud;
  let me: Call;
  let restore: () => void;
  before(async () => {
    restore = configureTemplates();
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    me = await actAs(cloud, 'crew_1');
  });
  after(async () => {
    restore();
    await cloud.close();
  });
  const count = (id: string) => Number(cloud.db.find('subscribeAccepts', { _id: id })[0]?.['count'] ?? 0);

  it('counts accepts of configured templates only, per person and template', async () => {
    const r = await me('messages', 'subscribed', {
      templateIds: [TEMPLATE_IDS.BOOKING_REMINDER_TEMPLATE_ID, TEMPLATE_IDS.CERTIFICATE_REMINDER_TEMPLATE_ID, 'someone-elses-template-id'],
    });
    assert.deepEqual(r, { ok: true, data: { counted: 2 } });
    assert.equal(count('bookingReminder:crew_1'), 1);
    assert.equal(count('certificateReminder:crew_1'), 1);
    assert.equal(cloud.db.find('subscribeAccepts', { openid: 'crew_1' }).length, 2);
    const other = await actAs(cloud, 'crew_2');
    await other('messages', 'subscribed', { templateIds: [TEMPLATE_IDS.BOOKING_REMINDER_TEMPLATE_ID] });
    assert.equal(count('bookingReminder:crew_1'), 1, 'another person’s accept is theirs');
  });

  it('stops counting at 20 (a client can report anything), and refuses malformed input', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () => me('messages', 'subscribed', { templateIds: [TEMPLATE_IDS.VOLUNTEER_REMINDER_TEMPLATE_ID] })),
    );
    assert.equal(results.filter((r) => r.data.counted === 1).length, 20);
    assert.equal(count('activityReminder:crew_1'), 20);
    assert.equal((await me('messages', 'subscribed', { templateIds: [] })).code, 'INVALID_INPUT');
    assert.equal((await me('messages', 'subscribed', { templateIds: ['<script>'] })).code, 'INVALID_INPUT');
  });

  it('counts nothing when no template is configured', async () => {
    restore();
    try {
      const r = await me('messages', 'subscribed', { templateIds: [TEMPLATE_IDS.CLAIMS_WAITING_TEMPLATE_ID] });
      assert.deepEqual(r.data, { counted: 0 });
    } finally {
      restore = configureTemplates();
    }
  });
});

describe('template values', () => {
  it('formats times in China time and keeps WeChat’s field limits', () => {
    const prev = process.env['TZ'];
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Shanghai']) {
        process.env['TZ'] = tz;
        assert.equal(fieldValue('time', new Date('2026-03-04T16:30:00Z')), '2026年3月5日 00:30');
        assert.equal(fieldValue('date', new Date('2026-03-04T16:30:00Z')), '2026年3月5日');
        assert.equal(fieldValue('date', '2026-04-03'), '2026年4月3日');
      }
    } finally {
      if (prev === undefined) delete process.env['TZ'];
      else process.env['TZ'] = prev;
    }
    assert.equal(fieldValue('thing', '一二三四五六七八九十一二三四五六七八九十一'), '一二三四五六七八九十一二三四五六七八九…');
    assert.equal([...fieldValue('thing', '一二三四五六七八九十一二三四五六七八九十一')].length, 20);
    assert.equal(fieldValue('phrase', '已通过审核了'), '已通过审…');
    assert.equal(fieldValue('number', 12), '12');
  });
});
