// The scheduled job (cloud/functions/jobs): reminders at the right China day whatever the server's
// zone, sent once across a doubled and a retried trigger, a subscribe message only against an
// accept, 43101 recorded and not retried; the trigger path unreachable from a client.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { callApi, login } from './helpers';
import { configureTemplates, fireAt, jobsCloud, RUN_AT, TEMPLATE_IDS } from './jobs-fixture';

const kinds = (cloud: LocalCloud, openid: string, kind: string) =>
  cloud.db.find('messages', { openid, kind }).map((m) => String(m['refId'])).sort();
const marks = (cloud: LocalCloud, filter: Record<string, unknown> = {}) => cloud.db.find('sends', filter);
const accepts = (cloud: LocalCloud, id: string) => Number(cloud.db.find('subscribeAccepts', { _id: id })[0]?.['count'] ?? 0);

/** What one day's run produced, in a form to compare across time zones. */
function digest(cloud: LocalCloud) {
  return {
    messages: cloud.db
      .find('messages', {})
      .map((m) => `${String(m['openid'])} ${String(m['kind'])} ${String(m['refId'])} ${String(m['body'])}`)
      .sort(),
    sends: marks(cloud)
      .map((m) => `${String(m['_id'])} ${String(m['status'])} ${JSON.stringify(m['message'])}`)
      .sort(),
  };
}

async function runDay(tz: string): Promise<ReturnType<typeof digest>> {
  process.env['TZ'] = tz;
  assert.equal(new Date(2026, 0, 1).getTimezoneOffset(), tz === 'UTC' ? 0 : new Date(2026, 0, 1).getTimezoneOffset());
  const cloud = await jobsCloud();
  try {
    // The evening before: 21:00 China time is still "the day before" 03-04's activities, not 03-05's.
    await fireAt(cloud, new Date('2026-03-03T21:00:00+08:00'));
    assert.deepEqual(kinds(cloud, 'mem_a1', 'activity_reminder'), ['act_today']);
    await fireAt(cloud, RUN_AT);
    return digest(cloud);
  } finally {
    await cloud.close();
  }
}

describe('jobs: reminders', () => {
  const restore = configureTemplates();
  const tz = process.env['TZ'];
  after(() => {
    restore();
    if (tz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = tz;
    delete process.env['LOCALCLOUD_SUBSCRIBE_REFUSE'];
  });

  it('sends each reminder once across a doubled and a retried trigger, pushes only against accepts, records 43101', async () => {
    process.env['LOCALCLOUD_SUBSCRIBE_REFUSE'] = 'crew_c1';
    const cloud = await jobsCloud();
    try {
      // Doubled: two runs of the same trigger at once (CloudBase may start a retry while the first still runs).
      const [a, b] = await Promise.all([fireAt(cloud, RUN_AT), fireAt(cloud, RUN_AT)]);
      assert.equal(a.ok && b.ok, true);

      // The day before, China days: 07:00, 08:00 and 23:30 tomorrow; not the day after, not tonight's.
      assert.deepEqual(kinds(cloud, 'mem_a1', 'activity_reminder'), ['act_early', 'act_late', 'act_main']);
      assert.deepEqual(kinds(cloud, 'mem_a2', 'activity_reminder'), ['act_main']);
      assert.deepEqual(kinds(cloud, 'sec_a1', 'activity_reminder'), [], 'the waitlisted are not reminded');
      assert.deepEqual(kinds(cloud, 'crew_c1', 'booking_reminder'), ['bk_noon']);
      assert.deepEqual(kinds(cloud, 'mem_a1', 'certificate_reminder'), ['cert_health'], '30 days, not the one in 58');
      assert.deepEqual(kinds(cloud, 'mem_a2', 'certificate_reminder'), ['cert_passport'], '7 days before the 65th birthday');
      assert.deepEqual(kinds(cloud, 'sec_a1', 'claims_waiting'), ['br_a1'], 'only the claim waiting over 3 days');
      assert.deepEqual(kinds(cloud, 'sec_a2', 'claims_waiting'), []);

      // Exactly the subscribe messages there were accepts for: mem_a1's three, crew_c1's one (refused by WeChat).
      const sent = marks(cloud, { status: 'sent' });
      assert.deepEqual(sent.map((m) => m['_id']).sort(), [
        'activity_act_early_mem_a1_daybefore',
        'activity_act_late_mem_a1_daybefore',
        'activity_act_main_mem_a1_daybefore',
      ]);
      assert.deepEqual(marks(cloud, { _id: 'activity_act_early_mem_a1_daybefore' })[0]!['message'], {
        touser: 'mem_a1',
        templateId: TEMPLATE_IDS.VOLUNTEER_REMINDER_TEMPLATE_ID,
        page: 'packages/volunteer/pages/detail/index?id=act_early',
        data: {
          thing1: { value: '清晨护河' },
          time2: { value: '2026年3月5日 07:00' },
          thing3: { value: '南四湖湿地' },
          thing4: { value: '明天开始，请准时参加' },
        },
      });
      assert.equal(accepts(cloud, 'activityReminder:mem_a1'), 0);
      assert.equal(marks(cloud, { _id: 'activity_act_main_mem_a2_daybefore' })[0]!['status'], 'no_accept');
      assert.equal(marks(cloud, { _id: 'certificate_cert_passport_mem_a2_7' })[0]!['status'], 'no_accept');
      const refused = marks(cloud, { _id: 'booking_bk_noon_crew_c1_before' })[0]!;
      assert.equal(refused['status'], 'refused');
      assert.equal(refused['errCode'], 43101);
      assert.equal(accepts(cloud, 'bookingReminder:crew_c1'), 0, 'the accept was used: WeChat says none is left');

      // Retried (the same Time again), and the next hours: nothing new, 43101 not retried.
      const before = digest(cloud);
      await fireAt(cloud, RUN_AT);
      await fireAt(cloud, new Date('2026-03-04T11:00:00+08:00'));
      await fireAt(cloud, new Date('2026-03-04T21:00:00+08:00'));
      assert.deepEqual(digest(cloud), before);
      // A new accept does not resend an old notice either.
      await (await actAsToken(cloud, 'crew_c1'))('messages', 'subscribed', { templateIds: [TEMPLATE_IDS.BOOKING_REMINDER_TEMPLATE_ID] });
      await fireAt(cloud, new Date('2026-03-04T11:30:00+08:00'));
      assert.equal(marks(cloud, { openid: 'crew_c1' }).length, 1);
      assert.equal(accepts(cloud, 'bookingReminder:crew_c1'), 1);
    } finally {
      await cloud.close();
    }
  });

  it('a run the platform retried after it died mid-send does not push again what the first run had begun', async () => {
    const cloud = await jobsCloud();
    try {
      // The first run claimed this reminder's mark, then hit its time limit before the push went out.
      const begun = new Date(RUN_AT.getTime() - 1000);
      cloud.db.insert('sends', [
        { _id: 'activity_act_early_mem_a1_daybefore', openid: 'mem_a1', kind: 'activity_reminder', status: 'claimed', message: null, errCode: null, createdAt: begun, settledAt: null },
      ]);
      // CloudBase's retry: the same trigger, the same Time.
      await fireAt(cloud, RUN_AT);
      assert.equal(marks(cloud, { _id: 'activity_act_early_mem_a1_daybefore' })[0]!['status'], 'claimed', 'left as the first run left it');
      assert.deepEqual(marks(cloud, { openid: 'mem_a1', status: 'sent' }).map((m) => m['_id']).sort(), [
        'activity_act_late_mem_a1_daybefore',
        'activity_act_main_mem_a1_daybefore',
      ]);
      assert.equal(accepts(cloud, 'activityReminder:mem_a1'), 1, 'the begun one took no accept');
    } finally {
      await cloud.close();
    }
  });

  it('decides "the day before" and writes times in China time whatever the server zone (TZ=UTC, Los Angeles, Shanghai)', async () => {
    const utc = await runDay('UTC');
    const la = await runDay('America/Los_Angeles');
    const sh = await runDay('Asia/Shanghai');
    assert.deepEqual(utc, sh);
    assert.deepEqual(la, sh);
    assert.ok(utc.messages.some((m) => m.includes('清晨护河') && m.includes('2026年3月5日 07:00')), 'China time in the text');
    assert.ok(utc.sends.some((s) => s.includes('"time3":{"value":"2026年3月4日 12:00"}')), 'the booking push in China time');
  });
});

describe('jobs: only CloudBase starts them', () => {
  it('refuses a timer event a client sends, however it is dressed', async () => {
    const cloud = await jobsCloud();
    try {
      const forged = { Type: 'Timer', TriggerName: 'hourly', Time: RUN_AT.toISOString() };
      // What wx.cloud.callFunction({ name: 'jobs', data }) delivers: the caller's OPENID, SOURCE wx_client.
      assert.deepEqual(await cloud.functions.invoke('jobs', forged, { openid: 'mem_a1', appid: 'wxapp' }), {
        ok: false,
        code: 'FORBIDDEN',
        message: '定时任务只能由定时触发器启动',
      });
      assert.equal(cloud.db.find('messages', {}).length, 0, 'nothing ran');
      // The local cloud's HTTP API forwards only { action, data }; jobs has no action a client may call.
      const token = await login(cloud, 'mem_a1');
      const http = await fetch(`${cloud.url}/api/jobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(forged),
      });
      assert.equal(((await http.json()) as { code: string }).code, 'UNKNOWN_ACTION');
      assert.equal((await callApi(cloud, token, 'jobs', 'run', {})).body.code, 'UNKNOWN_ACTION');
      // The trigger itself: no OPENID, SOURCE wx_trigger.
      assert.equal((await fireAt(cloud, RUN_AT)).ok, true);
    } finally {
      await cloud.close();
    }
  });
});

async function actAsToken(cloud: LocalCloud, openid: string) {
  const token = await login(cloud, openid);
  return async (fn: string, action: string, data?: unknown) => (await callApi(cloud, token, fn, action, data)).body;
}
