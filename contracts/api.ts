import type * as z from 'zod/mini';
import type { Schema } from './validation';
import { CancelJoinInput, RequestJoinInput, UpdateProfileInput, WhoamiInput, type JoinRequest, type Me, type Profile } from './account';
import {
  DecideJoinInput,
  GetInviteCodeInput,
  ImportRosterInput,
  ListBranchesInput,
  ListJoinRequestsInput,
  ListMembersInput,
  ListRosterInput,
  SetRolesInput,
  type BranchSummary,
  type MemberSummary,
  type RosterImportResult,
  type RosterRow,
} from './org';

/** An action's input schema, with its output type carried along for the client. */
export interface ActionContract<I extends Schema, O> {
  input: I;
  /** Reads change nothing, so the client may retry them on a weak network. */
  read: boolean;
  /** Phantom: never set at runtime, only read by the type checker. */
  output?: O;
}

function read<O>() {
  return <I extends Schema>(input: I): ActionContract<I, O> => ({ input, read: true });
}

function write<O>() {
  return <I extends Schema>(input: I): ActionContract<I, O> => ({ input, read: false });
}

/** Every cloud function and action the app may call, with its input schema and output type. */
export const API = {
  account: {
    /** The caller, created as crew on first call. */
    whoami: read<Me>()(WhoamiInput),
    updateProfile: write<Profile>()(UpdateProfileInput),
    requestJoin: write<JoinRequest>()(RequestJoinInput),
    cancelJoin: write<null>()(CancelJoinInput),
  },
  org: {
    /** Branches of the caller's organisation (any signed-in person; crew see them to join). */
    listBranches: read<BranchSummary[]>()(ListBranchesInput),
    /** Branch admin: own branch only. Org admin: any branch of the org. */
    listJoinRequests: read<JoinRequest[]>()(ListJoinRequestsInput),
    decideJoin: write<JoinRequest>()(DecideJoinInput),
    getInviteCode: write<{ branchId: string; code: string }>()(GetInviteCodeInput),
    listMembers: read<MemberSummary[]>()(ListMembersInput),
    /** Org admin only. */
    importRoster: write<RosterImportResult>()(ImportRosterInput),
    listRoster: read<RosterRow[]>()(ListRosterInput),
    setRoles: write<MemberSummary>()(SetRolesInput),
  },
} as const;

export type Api = typeof API;
export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
type Contract<F extends FunctionName, A extends ActionName<F>> = Api[F][A];
export type ActionInput<F extends FunctionName, A extends ActionName<F>> =
  Contract<F, A> extends ActionContract<infer I, unknown> ? z.input<I> : never;
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> =
  Contract<F, A> extends ActionContract<Schema, infer O> ? O : never;
