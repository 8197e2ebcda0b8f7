// Small builders shared by the account and org tests: roster rows and pending join requests as
// the org function stores them, and a caller that answers with the response body.
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { callApi, type Call } from './helpers';

/** A roster row an org admin imported, not yet claimed. */
export function rosterRow(
  _id: string,
  orgId: string,
  branchId: string,
  name: string,
  phone: string,
): Record<string, unknown> {
  return {
    _id,
    orgId,
    name,
    phone,
    branchId,
    claimedBy: null,
    importedAt: new Date('2026-01-05T08:00:00+08:00'),
    importedBy: 'admin',
  };
}

/** A pending request to join a branch, as requestJoin stores it. */
export function pendingRequest(
  _id: string,
  openid: string,
  name: string,
  at: { orgId: string; branchId: string; rosterId?: string | null; phone?: string | null },
): Record<string, unknown> {
  return {
    _id,
    openid,
    name,
    phone: at.phone ?? null,
    orgId: at.orgId,
    branchId: at.branchId,
    via: at.rosterId === undefined ? 'invite' : 'roster',
    rosterId: at.rosterId ?? null,
    status: 'pending',
    reason: null,
    createdAt: new Date('2026-02-01T08:00:00+08:00'),
    decidedAt: null,
    decidedBy: null,
  };
}

/** Calls as `openid` with a session issued directly (no dev sign-in, which is rate limited). */
export function caller(cloud: LocalCloud, openid: string): Call {
  const token = cloud.sessions.issue(openid, 'wxtest');
  return async (fn, action, data) => (await callApi(cloud, token, fn, action, data)).body;
}

/** Fails unless the body was refused with this code (and a message matching `message`). */
export function refused(body: any, code: string, message?: RegExp): void {
  assert.equal(body?.ok, false, JSON.stringify(body));
  assert.equal(body.code, code, body.message);
  if (message) assert.match(body.message, message);
}

let counter = 0;
/** A fresh client request id, as the app makes one per submit. */
export function newRequestId(): string {
  counter += 1;
  return `test${Date.now().toString(36)}${counter}`;
}
