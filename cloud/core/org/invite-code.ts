import { randomInt } from 'node:crypto';
import { AppError } from '../errors';
import { db, isDuplicateKey, updatedCount } from '../sdk';
import { branches, findBranch, findBranchByInviteCode } from './branches';
import type { BranchDoc, InviteCodeDoc } from './docs';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ATTEMPTS = 5;

const inviteCodes = () => db.collection('inviteCodes');

function newInviteCode(): string {
  return Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/**
 * Draws a code no branch has ever had. Uniqueness rests on `_id` in inviteCodes (a unique index
 * that, unlike one on branches.inviteCode, tolerates branches without a code); codes written
 * straight onto branches (the demo seed) are checked as well. Null: drawn before, try again.
 */
async function reserveCode(branchId: string, now: Date): Promise<string | null> {
  const code = newInviteCode();
  if (await findBranchByInviteCode(code)) return null;
  try {
    const doc: InviteCodeDoc = { _id: code, branchId, createdAt: now };
    await inviteCodes().add({ data: doc });
    return code;
  } catch (err) {
    if (isDuplicateKey(err)) return null;
    throw err;
  }
}

/** The branch's invite code, created when missing or when `renew` (the old code stops working). */
export async function inviteCodeFor(branch: BranchDoc, renew: boolean, now: Date): Promise<string> {
  if (branch.inviteCode && !renew) return branch.inviteCode;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = await reserveCode(branch._id, now);
    if (!code) continue;
    // Compare-and-set on the code we read: when two admins ask at once, one code wins and both see it.
    const changed = await updatedCount(
      branches()
        .where({ _id: branch._id, inviteCode: branch.inviteCode ?? null })
        .update({ data: { inviteCode: code } }),
    );
    if (changed === 1) return code;
    const current = (await findBranch(branch._id))?.inviteCode;
    if (current) return current;
  }
  throw new AppError('CONFLICT', '生成邀请码失败，请重试');
}
