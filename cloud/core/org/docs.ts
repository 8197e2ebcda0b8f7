// The stored shapes of the organisation collections. The app's demo seed writes these
// exact fields, so change them only together with it.

export interface OrgDoc {
  _id: string;
  name: string;
}

export interface BranchDoc {
  _id: string;
  orgId: string;
  name: string;
  brand: string | null;
  /** 6 characters [A-Z0-9], unique across branches; null until an admin first asks for it. */
  inviteCode: string | null;
  // No memberCount: it is counted from users.branchId (older seeds still write one; it is not read).
  createdAt: Date;
}

/** Every invite code ever issued, keyed by the code: `_id` keeps codes unique, and never reissued. */
export interface InviteCodeDoc {
  _id: string;
  branchId: string;
  createdAt: Date;
}

/** A person an org admin listed as a party member, to be claimed by their account on joining. */
export interface RosterDoc {
  _id: string;
  orgId: string;
  name: string;
  phone: string;
  branchId: string;
  claimedBy: string | null;
  importedAt: Date;
  importedBy: string;
  /** The import request that added it (from the client's request id), so a retried import knows its own rows. */
  importId?: string | null;
}
