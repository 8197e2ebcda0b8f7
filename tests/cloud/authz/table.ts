// The authorization matrix as data: one row per function and action of contracts/api.ts, naming how
// to build a target in each scope and which role × scope cells are allowed. Every other cell of the
// row is a refusal with the row's code. authz-matrix.test.ts runs it; docs/security.md shows it.
//
// Scopes: own — the caller's own record, or a record in their own branch/station/org (see
// World.holder); branch — another branch (or station) of the same org; org — another organisation;
// none — no target named (public lists, or a create that lands in the caller's own unit).
import { addDays, chinaDate } from '../../../contracts/stations-hours';
import { csvBase64 } from '../helpers';
import { draftInput, isoAt } from '../volunteer-fixture';
import { brandContent } from '../brands-fixture';
import { CALLERS as CALLERS_OF_ROLE, FREE_ITEM, PLACES, TODAY, projectContent, stationFields, type Place, type Role, type World } from './fixtures';

export type Scope = Place | 'none';
export const SCOPES: readonly Scope[] = ['own', 'branch', 'org', 'none'];

/** How a refused cell is answered: NOT_FOUND where existence must not leak; CONFLICT only for the caller's own state. */
export type Refusal = 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export interface Cell {
  role: Role;
  caller: string;
  scope: Scope;
}

/** One cell's input, and what an allowed answer must also show (beyond ok: true). */
export interface Target {
  data: unknown;
  check?: (data: any) => boolean;
}

export type Build = (w: World, cell: Cell) => Target | Promise<Target>;

export type Allow = Partial<Record<Role, readonly Scope[]>>;

export interface Row {
  fn: string;
  action: string;
  targets: Partial<Record<Scope, Build>>;
  /** The allowed cells; 'everyone': every role in every scope the row has. */
  allow: Allow | 'everyone';
  deny: Refusal;
  /**
   * For an action that consumes its caller (deleteMine): who calls in the role's stead — a new person
   * of that role — so the matrix's own callers remain for the other rows.
   */
  stand_in?: (w: World, role: Role) => string;
  /** For a bulk answer that reports refusals inside ok: true (decideClaims). */
  judge?: (body: any) => Outcome;
}

export type Outcome = { allowed: true; data: unknown } | { allowed: false; code: string; message: string };

// ---- building blocks --------------------------------------------------------------------------

/** The same builder in each of own, another branch, another org. */
const places = (
  build: (w: World, place: Place, cell: Cell) => Target | Promise<Target>,
): Partial<Record<Scope, Build>> =>
  Object.fromEntries(PLACES.map((p) => [p, (w: World, cell: Cell) => build(w, p, cell)]));

/** Own and another org only: things an organisation has one of (alliances, carousels, its showcase lists). */
const orgs = (
  build: (w: World, place: 'own' | 'org', cell: Cell) => Target | Promise<Target>,
): Partial<Record<Scope, Build>> => ({
  own: (w, cell) => build(w, 'own', cell),
  org: (w, cell) => build(w, 'org', cell),
});

const own = (build: Build): Partial<Record<Scope, Build>> => ({ own: build });
const none = (build: Build): Partial<Record<Scope, Build>> => ({ none: build });
const fixed = (data: unknown) => () => ({ data });

const branchOf = (w: World, p: Place) => ({ branchId: w.unit[p].branch });
const stationOf = (w: World, p: Place) => ({ stationId: w.unit[p].station });

/** A secretary in their own branch; the org admin in every branch of their org. */
const SECRETARY: Allow = { branch_admin: ['own'], org_admin: ['own', 'branch'] };
/** A station's staff at their own station; the org admin at every station of their org. */
const STATION: Allow = { station_staff: ['own'], org_admin: ['own', 'branch'] };
/** Party members of the org (secretaries and the org admin are members too). */
const MEMBERS: Allow = { member: ['own'], branch_admin: ['own'], org_admin: ['own'] };
const EDITORS: Allow = { branch_admin: ['own'], org_admin: ['own'] };
const ORG_ADMIN: Allow = { org_admin: ['own'] };
/** The owner only (crew and members hold their own; the others reach for a member's). */
const OWNER: Allow = { crew: ['own'], member: ['own'] };
const OWN_FOR_ALL: Allow = {
  crew: ['own'],
  member: ['own'],
  branch_admin: ['own'],
  station_staff: ['own'],
  org_admin: ['own'],
};

/** decideClaims answers ok with each claim decided or failed: a failure naming a permission is a refusal. */
function decisions(body: any): Outcome {
  if (body?.ok !== true) return { allowed: false, code: body?.code, message: body?.message };
  const [failed] = body.data.failed as Array<{ message: string }>;
  if (!failed) return { allowed: true, data: body.data };
  return {
    allowed: false,
    code: /没有权限|不能审核自己/.test(failed.message) ? 'FORBIDDEN' : 'OTHER',
    message: failed.message,
  };
}

const today = () => chinaDate(new Date());
const MEMBER_SELF: readonly Role[] = ['member'];
const CLAIM_HOLDERS: readonly Role[] = ['member', 'branch_admin', 'org_admin'];
const OWNERS: readonly Role[] = ['crew', 'member'];

// ---- the table ----------------------------------------------------------------------------------

export const TABLE: Row[] = [
  // account: the caller only
  {
    fn: 'account',
    action: 'whoami',
    targets: own((_w, c) => ({ data: {}, check: (d) => d.profile.openid === c.caller })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'account',
    action: 'updateProfile',
    targets: own((w, c) => ({ data: { name: w.find('users', { _id: c.caller })[0]!.name } })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'account',
    action: 'requestJoin',
    targets: places((w, p, c) => {
      w.clearJoins(c.caller);
      return {
        data: { inviteCode: w.unit[p].invite, name: '申请人', requestId: w.requestId() },
        check: (d) => d.status === 'pending',
      };
    }),
    // Crew and station staff belong to no org and may ask any branch; members already have a branch.
    allow: { crew: PLACES, station_staff: PLACES },
    deny: 'CONFLICT',
  },
  {
    fn: 'account',
    action: 'cancelJoin',
    targets: own((w, c) => (w.joinRequest('own', c.caller), { data: {} })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },

  // org
  { fn: 'org', action: 'listBranches', targets: none(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'org',
    action: 'listJoinRequests',
    targets: places((w, p) => ({ data: branchOf(w, p) })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'org',
    action: 'decideJoin',
    targets: places((w, p) => ({
      data: { requestId: w.joinRequest(p), approve: true },
      check: (d) => d.status === 'approved',
    })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'org',
    action: 'getInviteCode',
    targets: places((w, p) => ({ data: branchOf(w, p) })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'org',
    action: 'listMembers',
    targets: places((w, p) => ({ data: branchOf(w, p) })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'org',
    action: 'importRoster',
    targets: own((w) => ({
      data: {
        fileName: 'roster.csv',
        contentBase64: csvBase64(['姓名,手机号,支部', `测试,${w.phone()},机关第一党支部`]),
        requestId: w.requestId(),
      },
      check: (d) => d.imported === 1,
    })),
    allow: ORG_ADMIN,
    deny: 'FORBIDDEN',
  },
  { fn: 'org', action: 'listRoster', targets: own(fixed({})), allow: ORG_ADMIN, deny: 'FORBIDDEN' },
  {
    fn: 'org',
    action: 'setRoles',
    // Making someone staff of the caller's org's station: fine for the org's people, refused for another org's.
    targets: places((w, p) => ({
      data: { openid: w.person(p), roles: ['station_staff'], stationId: w.unit.own.station },
    })),
    allow: { org_admin: ['own', 'branch'] },
    deny: 'FORBIDDEN',
  },

  // points
  { fn: 'points', action: 'getStandard', targets: own(fixed({})), allow: MEMBERS, deny: 'FORBIDDEN' },
  {
    fn: 'points',
    action: 'saveStandard',
    targets: own((w) => {
      const s = w.find('pointStandards', { _id: 'org_a' })[0]!;
      return { data: { baseVersion: s.version, categories: s.categories, items: s.items, stars: s.stars } };
    }),
    allow: ORG_ADMIN,
    deny: 'FORBIDDEN',
  },
  { fn: 'points', action: 'summary', targets: own(fixed({})), allow: MEMBERS, deny: 'FORBIDDEN' },
  { fn: 'points', action: 'gap', targets: own(fixed({})), allow: MEMBERS, deny: 'FORBIDDEN' },
  {
    fn: 'points',
    action: 'claim',
    targets: own((w) => ({
      data: { requestId: w.requestId(), itemId: FREE_ITEM, date: TODAY(), note: '', photos: [] },
    })),
    allow: MEMBERS,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'points',
    action: 'withdrawClaim',
    targets: places(async (w, p, c) => ({ data: { claimId: await w.claim(w.holder(p, c.role, CLAIM_HOLDERS)) } })),
    allow: MEMBERS,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'points',
    action: 'getClaim',
    targets: places(async (w, p, c) => ({ data: { claimId: await w.claim(w.holder(p, c.role, MEMBER_SELF)) } })),
    allow: { member: ['own'], ...SECRETARY },
    deny: 'FORBIDDEN',
  },
  { fn: 'points', action: 'myClaims', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'points',
    action: 'claimQueue',
    targets: places((w, p) => ({ data: branchOf(w, p) })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'points',
    action: 'decideClaims',
    // A member's own cell is their own claim: nobody approves their own.
    targets: places(async (w, p, c) => ({
      data: { requestId: w.requestId(), claimIds: [await w.claim(w.holder(p, c.role, MEMBER_SELF))], approve: true },
      check: (d) => d.decided[0]?.status === 'approved',
    })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
    judge: decisions,
  },
  {
    fn: 'points',
    action: 'award',
    targets: places((w, p, c) => ({
      data: {
        requestId: w.requestId(),
        openid: w.holder(p, c.role, MEMBER_SELF),
        itemId: FREE_ITEM,
        date: TODAY(),
        reason: '带头服务',
      },
    })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'points',
    action: 'correct',
    targets: places(async (w, p, c) => ({
      data: { entryId: await w.entry(w.holder(p, c.role, MEMBER_SELF)), reason: '登记有误' },
    })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'points',
    action: 'ledger',
    targets: places((w, p, c) => ({ data: { openid: w.holder(p, c.role, ['crew', 'member', 'station_staff']) } })),
    allow: { ...OWN_FOR_ALL, org_admin: ['own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  { fn: 'points', action: 'ranking', targets: own(fixed({ scope: 'org' })), allow: MEMBERS, deny: 'FORBIDDEN' },
  { fn: 'points', action: 'branchRanking', targets: own(fixed({})), allow: MEMBERS, deny: 'FORBIDDEN' },
  {
    fn: 'points',
    action: 'exportBranch',
    targets: places((w, p) => ({ data: branchOf(w, p) })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },

  // volunteer (targets are public published activities unless said otherwise)
  { fn: 'volunteer', action: 'list', targets: none(fixed({ filter: 'open' })), allow: 'everyone', deny: 'FORBIDDEN' },
  // The caller's own hours only: the answer is theirs whoever asks.
  { fn: 'volunteer', action: 'myHours', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'volunteer',
    action: 'get',
    // A branch-only activity: outside its audience it does not exist.
    targets: places(async (w, p) => ({
      data: { id: await w.once(`get:${p}`, async () => w.activity(p, { audience: 'branch' })) },
    })),
    allow: { member: ['own'], branch_admin: ['own'], org_admin: ['own', 'branch'] },
    deny: 'NOT_FOUND',
  },
  {
    fn: 'volunteer',
    action: 'save',
    targets: {
      none: () => ({ data: draftInput(), check: (d) => d.status === 'draft' }),
      ...places((w, p) => ({ data: draftInput({ id: w.activity(p), audience: 'public' }) })),
    },
    allow: { branch_admin: ['none', 'own'], org_admin: ['none', 'own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'publish',
    targets: places((w, p) => ({ data: { id: w.activity(p, { status: 'draft' }) } })),
    allow: SECRETARY,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'volunteer',
    action: 'cancel',
    targets: places((w, p) => ({ data: { id: w.activity(p), reason: '天气原因' } })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'signUp',
    // For the org's party members: another org's members-only activity does not exist to them.
    targets: places((w, p) => ({
      data: { id: w.activity(p, { audience: 'members' }) },
      check: (d) => d.status === 'enrolled',
    })),
    allow: { member: ['own', 'branch'], branch_admin: ['own', 'branch'], org_admin: ['own', 'branch'] },
    deny: 'NOT_FOUND',
  },
  {
    fn: 'volunteer',
    action: 'cancelSignUp',
    targets: own(async (w, c) => {
      const id = w.activity('own');
      await w.signUp(c.caller, id);
      return { data: { id }, check: (d) => d.status === 'cancelled' };
    }),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'myActivities',
    targets: own(fixed({ when: 'upcoming' })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'checkinCode',
    targets: places((w, p) => ({ data: { id: w.activity(p) } })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'checkIn',
    // Own: an activity the caller is enrolled in; elsewhere the right code alone lets nobody in.
    targets: places((w, p, c) => {
      const id = w.runningActivity(p);
      if (p === 'own') w.enrol(c.caller, id);
      return { data: { id, code: w.checkinCode(id), kind: 'in' }, check: (d) => !!d.checkedInAt };
    }),
    allow: OWN_FOR_ALL,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'markAttendance',
    targets: places((w, p) => {
      const id = w.runningActivity(p);
      w.enrol(w.unit[p].member, id);
      return {
        data: {
          id,
          openid: w.unit[p].member,
          checkedInAt: isoAt(-20 * 60_000),
          checkedOutAt: isoAt(-5 * 60_000),
          reason: '现场签到漏扫',
        },
      };
    }),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'roster',
    targets: places((w, p) => ({ data: { id: w.activity(p) } })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'volunteer',
    action: 'close',
    targets: places((w, p) => ({ data: { id: w.runningActivity(p) }, check: (d) => d.activity.status === 'finished' })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },

  // brands: reading (published items are public to anyone signed in)
  {
    fn: 'brands',
    action: 'matrix',
    targets: orgs((w, p) => ({ data: { orgId: w.unit[p].org } })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'brand',
    targets: places(async (w, p) => ({ data: { id: await w.brand(p) } })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'carousel',
    targets: orgs((w, p) => ({ data: { orgId: w.unit[p].org } })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'projects',
    targets: orgs((w, p) => ({ data: { orgId: w.unit[p].org } })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'project',
    targets: places(async (w, p) => ({ data: { id: await w.once(`listed:${p}`, async () => w.listedProject(p)) } })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'alliances',
    targets: orgs((w, p) => ({ data: { orgId: w.unit[p].org } })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'alliance',
    targets: orgs(async (w, p) => ({ data: { id: await w.alliance(w.unit[p].org as 'org_a' | 'org_b', true) } })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  ...(['view', 'like', 'unlike', 'share'] as const).map((action): Row => ({
    fn: 'brands',
    action,
    targets: places(async (w, p) => ({ data: { kind: 'brand', id: await w.brand(p) } })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  })),

  // brands: editing
  { fn: 'brands', action: 'manageBrands', targets: own(fixed({})), allow: EDITORS, deny: 'FORBIDDEN' },
  {
    fn: 'brands',
    action: 'brandDraft',
    // none: the org's main brand (branchId null), the org admin's alone.
    targets: { none: fixed({ branchId: null }), ...places((w, p) => ({ data: branchOf(w, p) })) },
    allow: { branch_admin: ['own'], org_admin: ['none', 'own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'saveBrand',
    targets: {
      none: (w) => ({
        data: { branchId: null, baseVersion: w.version('brands', 'o-org_a'), content: brandContent({ results: [] }) },
      }),
      ...places((w, p) => ({
        data: {
          ...branchOf(w, p),
          baseVersion: w.version('brands', `b-${w.unit[p].branch}`),
          content: brandContent({ results: [] }),
        },
      })),
    },
    allow: { branch_admin: ['own'], org_admin: ['none', 'own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  // The editor's 检查 button calls WeChat's content check: for brand editors only, not a free service to everyone.
  {
    fn: 'brands',
    action: 'checkBrand',
    targets: none(fixed(brandContent())),
    allow: { branch_admin: ['none'], org_admin: ['none'] },
    deny: 'FORBIDDEN',
  },
  { fn: 'brands', action: 'manageProjects', targets: own(fixed({})), allow: EDITORS, deny: 'FORBIDDEN' },
  // 书记项目 drafts: the secretary's own (scope own is z_sec's project), the org admin's whole org; invisible to the rest.
  {
    fn: 'brands',
    action: 'projectDraft',
    targets: places(async (w, p) => ({ data: { id: await w.draftProject(p) } })),
    allow: SECRETARY,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'createProject',
    targets: places((w, p) => ({ data: { ...branchOf(w, p), requestId: w.requestId(), content: projectContent() } })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'saveProject',
    targets: places(async (w, p) => {
      const id = await w.draftProject(p);
      return { data: { id, baseVersion: w.version('brandProjects', id), content: projectContent() } };
    }),
    allow: SECRETARY,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'addProjectEntry',
    targets: places(async (w, p) => ({
      data: {
        projectId: await w.draftProject(p),
        requestId: w.requestId(),
        date: TODAY(),
        text: '走访船员十户',
        images: [],
        stage: null,
        taskId: null,
        taskDone: false,
      },
    })),
    allow: SECRETARY,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'withdrawProjectEntry',
    targets: places(async (w, p) => {
      const projectId = await w.draftProject(p);
      return { data: { projectId, entryId: w.projectEntry(projectId, w.unit[p].sec) } };
    }),
    allow: SECRETARY,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'reviewProject',
    targets: places(async (w, p) => ({
      data: { id: await w.once(`concluded:${p}`, async () => w.listedProject(p, true)), outcome: 'good', comment: '' },
    })),
    allow: { org_admin: ['own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  { fn: 'brands', action: 'manageAlliances', targets: own(fixed({})), allow: ORG_ADMIN, deny: 'FORBIDDEN' },
  {
    fn: 'brands',
    action: 'allianceDraft',
    targets: orgs(async (w, p) => ({ data: { id: await w.alliance(w.unit[p].org as 'org_a' | 'org_b', false) } })),
    allow: ORG_ADMIN,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'createAlliance',
    targets: own((w) => ({ data: { requestId: w.requestId(), content: allianceContent() } })),
    allow: ORG_ADMIN,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'saveAlliance',
    targets: orgs(async (w, p) => {
      const id = await w.alliance(w.unit[p].org as 'org_a' | 'org_b', false);
      return { data: { id, baseVersion: w.version('brandAlliances', id), content: allianceContent() } };
    }),
    allow: ORG_ADMIN,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'addMeeting',
    targets: orgs(async (w, p) => ({
      data: {
        allianceId: await w.alliance(w.unit[p].org as 'org_a' | 'org_b', false),
        requestId: w.requestId(),
        date: TODAY(),
        title: '联席会议',
        place: '',
        units: [],
        summary: '共商共建',
        decisions: [],
        images: [],
      },
    })),
    allow: ORG_ADMIN,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'brands',
    action: 'postOffer',
    // own: org_a's alliance for br_a1's unit; branch: the same alliance for br_a2's; org: org_b's alliance.
    targets: places(async (w, p) => ({
      data: {
        allianceId: await w.alliance(p === 'org' ? 'org_b' : 'org_a', true),
        requestId: w.requestId(),
        kind: 'resource',
        memberKey: { own: 'm1', branch: 'm2', org: 'n1' }[p],
        title: '党性教育基地',
        detail: '',
        category: 'venue',
        tags: [],
      },
    })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'closeOffer',
    targets: places(async (w, p) => {
      const allianceId = await w.alliance(p === 'org' ? 'org_b' : 'org_a', true);
      return {
        data: { allianceId, offerId: w.offer(allianceId, { own: 'm1', branch: 'm2', org: 'n1' }[p], w.unit[p].sec) },
      };
    }),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'publish',
    targets: places(async (w, p) => {
      const id = await w.brand(p);
      return { data: { kind: 'brand', id, version: w.version('brands', id) } };
    }),
    allow: { org_admin: ['own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'unpublish',
    targets: places((w, p) => ({ data: { kind: 'project', id: w.listedProject(p) } })),
    allow: { org_admin: ['own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  {
    fn: 'brands',
    action: 'saveCarousel',
    targets: own((w) => ({ data: { baseVersion: w.version('brandCarousels', 'org_a'), items: [] } })),
    allow: ORG_ADMIN,
    deny: 'FORBIDDEN',
  },

  // home: everyone's own page (the sections follow the caller's role, never a target they name)
  {
    fn: 'home',
    action: 'get',
    targets: none(fixed({})),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  { fn: 'home', action: 'orgs', targets: none(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },

  // overview
  {
    fn: 'overview',
    action: 'tables',
    targets: places((w, p) => ({ data: branchOf(w, p) })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'overview',
    action: 'export',
    targets: places((w, p) => ({ data: branchOf(w, p) })),
    allow: SECRETARY,
    deny: 'FORBIDDEN',
  },

  // stations: finding and booking (anyone), the staff console (staff of the station, its org admin)
  {
    fn: 'stations',
    action: 'nearby',
    targets: none(fixed({ lat: 35.4, lng: 116.6 })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  { fn: 'stations', action: 'list', targets: none(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  { fn: 'stations', action: 'search', targets: none(fixed({ q: '船员驿站' })), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'stations',
    action: 'ahead',
    targets: none(fixed({ waterwayId: 'jinghang', direction: 'up', km: 0, speedKmh: 10 })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  { fn: 'stations', action: 'hotlines', targets: none(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'stations',
    action: 'get',
    targets: places((w, p) => ({ data: stationOf(w, p) })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  {
    fn: 'stations',
    action: 'resolveScene',
    targets: places((w, p) => ({ data: { scene: `s=${w.unit[p].stationKey}` } })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  {
    fn: 'stations',
    action: 'slots',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), serviceId: 'health' } })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  {
    fn: 'stations',
    action: 'book',
    targets: places((w, p, c) => ({ data: w.bookInput(c.caller, p), check: (d) => d.status === 'booked' })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  {
    fn: 'stations',
    action: 'cancelBooking',
    targets: places(async (w, p, c) => ({ data: { id: await w.booking(w.holder(p, c.role, OWNERS), p) } })),
    allow: OWNER,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'stations',
    action: 'getBooking',
    targets: places(async (w, p, c) => ({ data: { id: await w.booking(w.holder(p, c.role, OWNERS), p) } })),
    allow: OWNER,
    deny: 'NOT_FOUND',
  },
  {
    fn: 'stations',
    action: 'myBookings',
    targets: own(fixed({ when: 'upcoming' })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'expectParcel',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), requestId: w.requestId(), note: '' } })),
    allow: 'everyone',
    deny: 'NOT_FOUND',
  },
  { fn: 'stations', action: 'myParcels', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'stations',
    action: 'myStations',
    targets: own(fixed({})),
    allow: { station_staff: ['own'], org_admin: ['own'] },
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'board',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), date: today() } })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'verify',
    targets: places(async (w, p) => ({
      data: { ...stationOf(w, p), code: (await w.todayBooking(p)).code },
      check: (d) => d.outcome === 'verified',
    })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'syncVerifications',
    targets: places(async (w, p) => {
      const b = await w.todayBooking(p);
      return {
        data: {
          ...stationOf(w, p),
          items: [{ bookingId: b.id, code: b.code, at: new Date().toISOString(), via: 'typed' }],
        },
        check: (d) => d[0]?.outcome === 'verified',
      };
    }),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'staffBooking',
    targets: places(async (w, p) => ({ data: { id: (await w.todayBooking(p)).id, action: 'confirm' } })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'edit',
    targets: places((w, p) => ({ data: w.stationInput(p) })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'setHours',
    targets: places((w, p) => ({
      data: { ...stationOf(w, p), hours: w.find('stations', { _id: w.unit[p].station })[0]!.hours, exceptions: [] },
    })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'setClosure',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), closure: null } })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'saveService',
    targets: places((w, p) => ({
      data: { ...stationOf(w, p), serviceId: 'rest_wifi', hours: null, note: '', confirm: true, booking: null },
    })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'removeService',
    targets: places((w, p) => {
      const s = w.find('stations', { _id: w.unit[p].station })[0]!;
      if (!s.services.some((x: { serviceId: string }) => x.serviceId === 'study')) {
        w.set(
          'stations',
          { _id: s._id },
          {
            services: [...s.services, { serviceId: 'study', hours: null, note: '', confirmedOn: null, booking: null }],
          },
        );
      }
      return { data: { ...stationOf(w, p), serviceId: 'study' } };
    }),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'block',
    // Reopening a day far ahead: allowed, and harmless to the bookings the other rows make.
    targets: places((w, p) => ({
      data: { ...stationOf(w, p), serviceId: 'health', date: addDays(today(), 25), blocked: false, reason: '' },
    })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'postNotice',
    targets: places((w, p) => ({
      data: { ...stationOf(w, p), requestId: w.requestId(), title: '停电通知', body: '' },
    })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'removeNotice',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), id: w.notice(p) } })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'parcels',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), status: 'expected' } })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'markParcel',
    targets: places((w, p) => ({ data: { id: w.parcel(p), action: 'arrived' } })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'exportBookings',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), period: today() } })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'poster',
    targets: places((w, p) => ({ data: stationOf(w, p) })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'create',
    targets: own((w) => ({ data: { requestId: w.requestId(), ...stationFields('新建船员驿站') } })),
    allow: ORG_ADMIN,
    deny: 'FORBIDDEN',
  },
  {
    fn: 'stations',
    action: 'setActive',
    targets: places((w, p) => ({ data: { ...stationOf(w, p), active: true } })),
    allow: { org_admin: ['own', 'branch'] },
    deny: 'FORBIDDEN',
  },
  { fn: 'stations', action: 'searchPeople', targets: own(fixed({ q: '孙' })), allow: ORG_ADMIN, deny: 'FORBIDDEN' },
  {
    fn: 'stations',
    action: 'staffOf',
    targets: places((w, p) => ({ data: stationOf(w, p) })),
    allow: STATION,
    deny: 'FORBIDDEN',
  },

  // certificates: the owner only, and another person's certificate does not exist
  { fn: 'certificates', action: 'wallet', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'certificates',
    action: 'save',
    targets: own((w) => ({
      data: {
        requestId: w.requestId(),
        kind: 'other',
        title: '测试证书',
        number: 'AB1234',
        issuedOn: addDays(TODAY(), -10),
        expiresOn: null,
        photo: null,
      },
    })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  {
    fn: 'certificates',
    action: 'update',
    targets: places(async (w, p, c) => ({
      data: {
        id: await w.certificate(w.holder(p, c.role, OWNERS)),
        kind: 'other',
        title: '更正后的证书',
        number: 'AB5678',
        issuedOn: addDays(TODAY(), -20),
        expiresOn: null,
        photo: null,
      },
    })),
    allow: OWNER,
    deny: 'NOT_FOUND',
  },
  ...(['get', 'archive'] as const).map((action): Row => ({
    fn: 'certificates',
    action,
    targets: places(async (w, p, c) => ({ data: { id: await w.certificate(w.holder(p, c.role, OWNERS)) } })),
    allow: OWNER,
    deny: 'NOT_FOUND',
  })),
  {
    fn: 'certificates',
    action: 'setBirthDate',
    targets: own(fixed({ birthDate: '1980-01-01' })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },
  { fn: 'certificates', action: 'reminders', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'certificates',
    action: 'dismissReminder',
    targets: places(async (w, p, c) => ({
      data: { id: await w.certificate(w.holder(p, c.role, OWNERS)), milestone: 30 },
    })),
    allow: OWNER,
    deny: 'NOT_FOUND',
  },

  // messages: the caller's own (others' ids are ignored: see the sequences)
  { fn: 'messages', action: 'list', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  { fn: 'messages', action: 'markRead', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  // An accept counts for the caller alone (who sends is the server's job, against the caller's count).
  {
    fn: 'messages',
    action: 'subscribed',
    targets: own(fixed({ templateIds: ['tpl_authz_matrix_0001'] })),
    allow: 'everyone',
    deny: 'FORBIDDEN',
  },

  // account data: the caller's own export
  { fn: 'account', action: 'exportMine', targets: own(fixed({})), allow: 'everyone', deny: 'FORBIDDEN' },
  {
    fn: 'account',
    action: 'deleteMine',
    targets: own(fixed({ confirm: true })),
    // crew and members leave (a new one each time); role holders must hand their roles over first
    stand_in: (w, role) => (role === 'crew' ? w.person(null) : role === 'member' ? w.person('own') : CALLERS_OF_ROLE[role]),
    allow: OWNER,
    deny: 'CONFLICT',
  },
];

/** A small valid alliance of the caller's org (its content is all editing needs). */
function allianceContent() {
  return {
    name: '港航服务党建联盟',
    purpose: '',
    cover: null,
    logo: null,
    story: [],
    members: [
      { key: 'm1', unit: '机关第一党支部', branchName: '机关第一党支部', branchId: null, lead: true },
      { key: 'm2', unit: '地方海事处', branchName: '海事处党支部', branchId: null, lead: false },
    ],
    mechanisms: [],
    platforms: [],
    results: [],
  };
}

// ---- reading the table ------------------------------------------------------------------------

export const ROW_KEY = (r: Pick<Row, 'fn' | 'action'>) => `${r.fn}.${r.action}`;

/** The scopes a row has, in table order. */
export function scopesOf(row: Row): Scope[] {
  return SCOPES.filter((s) => row.targets[s]);
}

export function isAllowed(row: Row, role: Role, scope: Scope): boolean {
  if (row.allow === 'everyone') return true;
  return row.allow[role]?.includes(scope) ?? false;
}
