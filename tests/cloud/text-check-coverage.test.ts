// 内容安全 coverage: every text a person writes through the API (each field made with
// contracts/fields.ts text(), listed by walking every write action's input) is either checked
// (word list, then WeChat's msgSecCheck v2) because others read it, or named here as read only by
// its writer. A new text field fails this test until it is sorted. Checked fields are proven by a
// call with a listed word where the check runs before anything else; the long showcase and
// station forms are proven by their own tests, and here their checker must name every field.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, okData, ROOT, seedOrgFixture, startTestCloud, type Call } from './helpers';
import { textFields } from './text-fields';
import { draftInput } from './volunteer-fixture';
import { SERVICE_IDS } from '../../contracts/stations-catalog';

const BAD = '赌博';
const rid = (n: number) => `req-cover-${String(n).padStart(4, '0')}`;
const week = Array.from({ length: 7 }, () => [{ open: '08:00', close: '18:00' }]);
const SERVICE = SERVICE_IDS[0];

/** A call that must be refused for the bad word in `field`: who makes it and its input. */
interface Probe {
  as: string;
  input: (bad: string, call: Call) => Promise<unknown> | unknown;
}

/** A save path checked in one place: its file calls the check (naming each contract label, when `labels`); `proof`: a test refusing a listed word there. */
interface Checker {
  checker: string;
  labels?: boolean;
  proof?: string;
}

const isChecker = (e: Record<string, Probe> | Checker): e is Checker => typeof e['checker'] === 'string';

/** Others read these: each field gets a probe (by path), or the source file whose checker names it. */
const CHECKED: Record<string, Record<string, Probe> | Checker> = {
  'account.updateProfile': { name: { as: 'mem_a1', input: (bad) => ({ name: bad }) } },
  'account.requestJoin': { name: { as: 'crew_x', input: (bad) => ({ inviteCode: 'AAAAA1', name: `${bad}王` }) } },
  'org.decideJoin': { reason: { as: 'sec_a1', input: (bad) => ({ requestId: 'jr_x', approve: false, reason: bad }) } },
  'points.saveStandard': {
    'categories[].name': { as: 'admin_b', input: async (bad, p) => standardWith(p, { category: bad }) },
    'items[].name': { as: 'admin_b', input: async (bad, p) => standardWith(p, { item: bad }) },
  },
  'points.claim': { note: { as: 'mem_a1', input: (bad) => ({ requestId: rid(1), itemId: 'study', date: '2026-03-01', note: bad, photos: [] }) } },
  'points.decideClaims': { reason: { as: 'sec_a1', input: (bad) => ({ requestId: rid(2), claimIds: ['c1'], approve: false, reason: bad }) } },
  'points.award': { reason: { as: 'sec_a1', input: (bad) => ({ requestId: rid(3), openid: 'mem_a1', itemId: 'study', date: '2026-03-01', reason: bad }) } },
  'points.correct': { reason: { as: 'sec_a1', input: (bad) => ({ entryId: 'e1', reason: bad }) } },
  'volunteer.save': {
    title: { as: 'sec_a1', input: (bad) => draftInput({ title: bad }) },
    description: { as: 'sec_a1', input: (bad) => draftInput({ description: bad }) },
    'place.name': { as: 'sec_a1', input: (bad) => draftInput({ place: { ...(draftInput()['place'] as object), name: bad } }) },
  },
  'volunteer.cancel': { reason: { as: 'sec_a1', input: (bad) => ({ id: 'a1', reason: bad }) } },
  'volunteer.markAttendance': {
    reason: {
      as: 'sec_a1',
      input: (bad) => ({ id: 'a1', openid: 'mem_a1', checkedInAt: '2026-03-01T01:00:00.000Z', checkedOutAt: '2026-03-01T03:00:00.000Z', reason: bad }),
    },
  },
  'stations.book': {
    note: { as: 'crew_x', input: (bad) => booking({ note: bad }) },
    'ship.name': { as: 'crew_x', input: (bad) => booking({ ship: { name: bad, mmsi: null } }) },
  },
  'stations.expectParcel': { note: { as: 'crew_x', input: (bad) => ({ stationId: 'st_a1', requestId: rid(4), note: bad }) } },
  'stations.setHours': { 'exceptions[].note': { as: 'admin_a', input: (bad) => ({ stationId: 'st_a1', hours: week, exceptions: [{ date: '2026-03-09', spans: [], note: bad }] }) } },
  'stations.setClosure': { 'closure.reason': { as: 'admin_a', input: (bad) => ({ stationId: 'st_a1', closure: { reason: `${bad}查处`, until: '2026-03-09T10:00:00.000Z' } }) } },
  'stations.saveService': { note: { as: 'admin_a', input: (bad) => ({ stationId: 'st_a1', serviceId: SERVICE, hours: null, note: bad, confirm: false, booking: null }) } },
  'stations.block': { reason: { as: 'admin_a', input: (bad) => ({ stationId: 'st_a1', serviceId: SERVICE, date: '2026-03-09', blocked: true, reason: bad }) } },
  'stations.postNotice': {
    title: { as: 'admin_a', input: (bad) => ({ stationId: 'st_a1', requestId: rid(5), title: bad, body: '' }) },
    body: { as: 'admin_a', input: (bad) => ({ stationId: 'st_a1', requestId: rid(6), title: '通知', body: bad }) },
  },
  // Station details: checkStationText names each field by the label the contract gives it.
  'stations.create': { checker: 'cloud/core/stations/content.ts', labels: true },
  'stations.edit': { checker: 'cloud/core/stations/content.ts', labels: true },
  // Showcases: checked field by field with positional names (故事第 3 段 …); some proven by their own tests.
  'brands.saveBrand': { checker: 'cloud/core/brands/brand.ts', proof: 'tests/cloud/brands.test.ts' },
  'brands.createProject': { checker: 'cloud/core/brands/projects/save.ts' },
  'brands.saveProject': { checker: 'cloud/core/brands/projects/save.ts' },
  'brands.addProjectEntry': { checker: 'cloud/core/brands/projects/entries.ts', proof: 'tests/cloud/brands-projects.test.ts' },
  'brands.reviewProject': { checker: 'cloud/core/brands/projects/review.ts' },
  'brands.createAlliance': { checker: 'cloud/core/brands/alliances/save.ts' },
  'brands.saveAlliance': { checker: 'cloud/core/brands/alliances/save.ts' },
  'brands.addMeeting': { checker: 'cloud/core/brands/alliances/meetings.ts' },
  'brands.postOffer': { checker: 'cloud/core/brands/alliances/offers.ts', proof: 'tests/cloud/brands-alliances.test.ts' },
};

/** Read only by their writer (and shown to nobody else): no check. */
const PRIVATE: Record<string, string> = {
  'certificates.save': 'a certificate is read only by its owner (numbers masked even there)',
  'certificates.update': 'a certificate is read only by its owner (numbers masked even there)',
};

function booking(over: Record<string, unknown>) {
  return { requestId: rid(7), slotId: 'slot_x', people: 1, ship: null, eta: null, phone: '13800000011', note: '', reminder: false, ...over };
}

async function standardWith(p: Call, bad: { category?: string; item?: string }) {
  const base = okData(await p('points', 'getStandard'));
  return {
    baseVersion: 0,
    categories: base.categories.map((c: { name: string }, i: number) => (i === 0 && bad.category ? { ...c, name: bad.category } : c)),
    items: base.items.map((it: { name: string }, i: number) => (i === 0 && bad.item ? { ...it, name: bad.item } : it)),
    stars: base.stars,
  };
}

describe('content check: every text others read', () => {
  const fields = textFields();

  it('lists every written text, each sorted as checked or private', () => {
    assert.deepEqual(Object.keys(fields).sort(), [...Object.keys(CHECKED), ...Object.keys(PRIVATE)].sort());
    for (const [action, entry] of Object.entries(CHECKED)) {
      if (isChecker(entry)) continue;
      assert.deepEqual(Object.keys(entry).sort(), Object.keys(fields[action]!).sort(), `${action}: a probe per text field`);
    }
  });

  it('the showcase and station forms call the check on their save paths', () => {
    for (const [action, entry] of Object.entries(CHECKED)) {
      if (!isChecker(entry)) continue;
      const source = fs.readFileSync(path.join(ROOT, entry.checker), 'utf8');
      assert.match(source, /checkFields\(/, `${entry.checker} checks`);
      if (entry.labels) {
        for (const label of new Set(Object.values(fields[action]!))) assert.ok(source.includes(`'${label}'`), `${action}: ${entry.checker} names ${label}`);
      }
      if (entry.proof) assert.match(fs.readFileSync(path.join(ROOT, entry.proof), 'utf8'), /含有(不适宜发布)?/, `${action}: ${entry.proof}`);
    }
  });

  describe('refuses a listed word in each probed field', () => {
    let cloud: LocalCloud;
    let as: ReturnType<typeof callerCache>;
    before(async () => {
      cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
      seedOrgFixture(cloud.db);
      as = callerCache(cloud);
    });
    after(() => cloud.close());

    for (const [action, entry] of Object.entries(CHECKED)) {
      if (isChecker(entry)) continue;
      it(action, async () => {
        const [fn, name] = action.split('.') as [string, string];
        for (const [field, probe] of Object.entries(entry)) {
          const call = await as(probe.as);
          const body = await call(fn, name, await probe.input(BAD, call));
          assert.equal(body.ok, false, `${action} ${field}: ${JSON.stringify(body)}`);
          assert.equal(body.code, 'INVALID_INPUT', `${action} ${field}: ${JSON.stringify(body)}`);
          assert.match(body.message, /不适宜发布|不当词语/, `${action} ${field}: ${body.message}`);
        }
      });
    }
  });
});
