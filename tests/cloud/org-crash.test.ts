// Join approvals killed with SIGKILL at random points of a burst, several rounds on the same data:
// after each restart, an approved request ⇔ a member of its branch, each roster row is claimed by
// exactly the member who joined through it, and every branch's member count is its members.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Database } from '../../cloud/local/store/database';
import { seededRandom, tempDir, userDoc } from './helpers';
import { apiAs, killDuring, startCloudProcess, stopCloudProcess } from './crash';
import type { CloudProcess } from './process';
import { pendingRequest, rosterRow } from './join-helpers';

const BRANCHES = ['br_c1', 'br_c2', 'br_c3', 'br_c4'];
const APPLICANTS = 200;
const ROUNDS = 3;

interface Request {
  id: string;
  openid: string;
  branchId: string;
  rosterId: string | null;
}

const requests: Request[] = Array.from({ length: APPLICANTS }, (_, i) => {
  const n = String(i).padStart(3, '0');
  return {
    id: `jr_${n}`,
    openid: `app_${n}`,
    branchId: BRANCHES[i % BRANCHES.length]!,
    rosterId: i % 3 === 0 ? `ro_${n}` : null,
  };
});
const secretaryOf = (branchId: string) => `sec_${branchId.slice(3)}`;

/** One org, four branches with a secretary each, 200 applicants waiting (every third on the roster). */
function seed(dir: string): void {
  const db = Database.open({ dir });
  db.insert('orgs', [{ _id: 'org_c', name: '崩溃测试党委' }]);
  db.insert(
    'branches',
    BRANCHES.map((_id, i) => ({
      _id,
      orgId: 'org_c',
      name: `第${i + 1}党支部`,
      brand: null,
      inviteCode: null,
      memberCount: 1,
      createdAt: new Date(),
    })),
  );
  db.insert('users', [
    ...BRANCHES.map((b) =>
      userDoc(secretaryOf(b), `书记${b}`, ['crew', 'member', 'branch_admin'], { orgId: 'org_c', branchId: b }),
    ),
    userDoc('admin_c', '管理员', ['crew', 'org_admin'], { orgId: 'org_c' }),
    ...requests.map((r) => userDoc(r.openid, `申请人${r.openid.slice(4)}`, ['crew'])),
  ]);
  db.insert(
    'roster',
    requests
      .filter((r) => r.rosterId)
      .map((r) =>
        rosterRow(
          r.rosterId!,
          'org_c',
          r.branchId,
          `申请人${r.openid.slice(4)}`,
          `137${r.openid.slice(4).padStart(8, '0')}`,
        ),
      ),
  );
  db.insert(
    'joinRequests',
    requests.map((r) =>
      pendingRequest(r.id, r.openid, `申请人${r.openid.slice(4)}`, {
        orgId: 'org_c',
        branchId: r.branchId,
        rosterId: r.rosterId,
      }),
    ),
  );
  db.close();
}

describe('join approvals survive kill -9 at any point', () => {
  const dir = tempDir('redsail-join-crash-');
  let proc: CloudProcess;
  before(async () => {
    seed(dir);
    proc = await startCloudProcess(dir);
  });
  after(async () => {
    if (proc) await stopCloudProcess(proc);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Checks every invariant through the org admin's own reads; returns the requests still pending. */
  async function checkInvariants(): Promise<Request[]> {
    const api = apiAs(proc, dir);
    const read = async (action: string, data?: unknown) => {
      const body = await api('admin_c', 'org', action, data);
      assert.equal(body.ok, true, JSON.stringify(body));
      return body.data;
    };
    const [approved, pending, members, roster, branches] = await Promise.all([
      read('listJoinRequests', { status: 'approved' }),
      read('listJoinRequests', { status: 'pending' }),
      read('listMembers'),
      read('listRoster'),
      read('listBranches'),
    ]);
    const approvedIds = new Set<string>(approved.map((r: { id: string }) => r.id));
    assert.equal(approvedIds.size + pending.length, APPLICANTS, 'every request is approved or still pending');
    const member = new Map<string, { branchId: string; roles: string[] }>(members.map((m: any) => [m.openid, m]));
    const claimed = new Map<string, string | null>(
      roster.map((r: { id: string; claimedBy: string | null }) => [r.id, r.claimedBy]),
    );
    for (const r of requests) {
      const m = member.get(r.openid);
      const isMember = m?.branchId === r.branchId && m.roles.includes('member');
      assert.equal(isMember, approvedIds.has(r.id), `${r.id}: approved ⇔ member of ${r.branchId}`);
      if (r.rosterId)
        assert.equal(
          claimed.get(r.rosterId),
          approvedIds.has(r.id) ? r.openid : null,
          `${r.rosterId} claimed by its member`,
        );
    }
    for (const b of branches) {
      const count = members.filter((m: { branchId: string }) => m.branchId === b.id).length;
      assert.equal(b.memberCount, count, `${b.id}: memberCount equals its members`);
    }
    return requests.filter((r) => !approvedIds.has(r.id));
  }

  /** Every pending request approved at once, each by its branch's secretary; `onApproved` after each success. */
  const approveAll = async (pending: readonly Request[], onApproved = () => {}) => {
    const api = apiAs(proc, dir);
    const approve = async (r: Request) => {
      const body = await api(secretaryOf(r.branchId), 'org', 'decideJoin', { requestId: r.id, approve: true });
      if (body.ok) onApproved();
    };
    await Promise.allSettled(pending.map(approve));
  };

  it(`${ROUNDS} rounds of 200 concurrent approvals by four secretaries, each killed after a random number of them`, async () => {
    const random = seededRandom(20260214);
    let pending = await checkInvariants();
    const approvedPerRound: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Killed once this many approvals have answered, with the rest in flight at random points.
      const killAt = 1 + Math.floor(random() * pending.length * 0.6);
      let approved = 0;
      let reached = () => {};
      const enough = new Promise<void>((resolve) => (reached = resolve));
      const burst = () => approveAll(pending, () => ++approved >= killAt && reached()).finally(reached);
      const before = pending.length;
      proc = await killDuring(proc, dir, burst, () => enough);
      pending = await checkInvariants();
      approvedPerRound.push(before - pending.length);
    }
    // Then the rest, with no kill (a call that failed under load is simply sent again).
    for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
      await approveAll(pending);
      pending = await checkInvariants();
    }
    assert.deepEqual(pending, [], `all approved in the end (per round: ${approvedPerRound.join(', ')})`);
    assert.ok(
      approvedPerRound.every((n) => n > 0),
      `every round approved some before the kill: ${approvedPerRound.join(', ')}`,
    );
  });
});
