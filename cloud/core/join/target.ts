import type * as z from 'zod/mini';
import type { RequestJoinInput } from '../../../contracts/account';
import { normalizeText } from '../../../contracts/fields';
import { AppError } from '../errors';
import { findBranch, findBranchByInviteCode } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import { findRosterRowByPhone } from '../org/roster';
import type { JoinRequestDoc } from './requests';

/** Where a request would take the person. */
export interface JoinTarget {
  branch: BranchDoc;
  via: JoinRequestDoc['via'];
  /** The named branch's unclaimed roster row with this name and phone, else null (the secretary verifies). */
  rosterId: string | null;
  /** The phone the person gave with a roster request, else null. */
  phone: string | null;
}

/**
 * The branch of an invite code, or the branch a roster request names. A roster request is filed
 * whether or not it matches, with the same answer, so that nobody can learn from it who is on a
 * roster; it looks only at the roster of that branch's org.
 */
export async function joinTarget(input: z.output<typeof RequestJoinInput>): Promise<JoinTarget> {
  if ('inviteCode' in input) {
    const branch = await findBranchByInviteCode(input.inviteCode);
    if (!branch) throw new AppError('NOT_FOUND', '邀请码无效');
    return { branch, via: 'invite', rosterId: null, phone: null };
  }
  const branch = await findBranch(input.branchId);
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在');
  const row = await findRosterRowByPhone(branch.orgId, input.phone);
  const matches = !!row && !row.claimedBy && row.branchId === branch._id && normalizeText(row.name) === input.name;
  return { branch, via: 'roster', rosterId: matches ? row._id : null, phone: input.phone };
}
