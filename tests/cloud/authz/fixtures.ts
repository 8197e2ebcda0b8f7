// The world the authorization matrix runs in: two organisations, one caller per role, the people
// whose records the callers reach for, and builders of fresh targets (a claim, an activity, a
// booking …) placed in a scope. Reads share fixtures; anything an allowed call may change is made
// anew for each cell. Stored shapes come from cloud/core's own types, so a drift fails typecheck.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LocalCloud } from '../../../cloud/local/server';
import type { NoticeDoc } from '../../../cloud/core/stations/docs';
import type { ParcelDoc } from '../../../cloud/core/stations/parcels';
import type { EntryDoc, OfferDoc, ProjectDoc } from '../../../cloud/core/brands/docs';
import type { ActivityDoc } from '../../../cloud/core/volunteer/docs';
import { codeFor, windowOf } from '../../../cloud/core/volunteer/checkin-code';
import { defaultStandard } from '../../../cloud/core/points/default-standard';
import { chinaDate, addDays } from '../../../contracts/stations-hours';
import { callerCache, chinaDay, okData, ROOT, startTestCloud, userDoc, type Call } from '../helpers';
import { pendingRequest } from '../join-helpers';
import { activityDoc, HOUR, at } from '../volunteer-fixture';
import { brandContent } from '../brands-fixture';

export const ROLES = ['crew', 'member', 'branch_admin', 'station_staff', 'org_admin'] as const;
export type Role = (typeof ROLES)[number];

/** Where a target sits: the caller's own record or unit, another branch (or station) of the same org, another org. */
export type Place = 'own' | 'branch' | 'org';
export const PLACES: readonly Place[] = ['own', 'branch', 'org'];

/** One caller per role, all at home: org_a, branch br_a1, station A1 (staff belong to no org). */
export const CALLERS: Record<Role, string> = {
  crew: 'z_crew',
  member: 'z_member',
  branch_admin: 'z_sec',
  station_staff: 'z_staff',
  org_admin: 'z_admin',
};

/** A unit a scope points at, with who runs it and whose records live there. */
export interface Unit {
  org: string;
  branch: string;
  branchName: string;
  invite: string;
  /** Its branch secretary, org admin, station staff, and a member who claims, books and keeps certificates. */
  sec: string;
  admin: string;
  staff: string;
  member: string;
  /** Filled in once the station is created through the API. */
  station: string;
  stationKey: string;
}

const unit = (
  org: string,
  branch: string,
  branchName: string,
  invite: string,
  people: Pick<Unit, 'sec' | 'admin' | 'staff' | 'member'>,
): Unit => ({
  org,
  branch,
  branchName,
  invite,
  ...people,
  station: '',
  stationKey: '',
});

/** Today in China, and a past day inside this year (points dates must be within it). */
export const TODAY = () => chinaDay().today;

/** The uncapped claimable item every org's standard gets, so claims never hit a cap. */
export const FREE_ITEM = 'z_free';
/** A volunteer item with a monthly cap of 7 (5 a time): the second grant in a month is clipped to 2. */
export const CAPPED_ITEM = 'z_capped';

export class World {
  readonly unit: Record<Place, Unit> = {
    own: unit('org_a', 'br_a1', '机关第一党支部', 'ZAAAA1', {
      sec: 'z_sec',
      admin: 'z_admin',
      staff: 'z_staff',
      member: 'z_p_a1',
    }),
    branch: unit('org_a', 'br_a2', '任城港航党支部', 'ZAAAA2', {
      sec: 'z_sec_a2',
      admin: 'z_admin',
      staff: 'z_staff_a2',
      member: 'z_p_a2',
    }),
    org: unit('org_b', 'br_b1', '安庆第一党支部', 'ZBBBB1', {
      sec: 'z_sec_b1',
      admin: 'z_admin_b',
      staff: 'z_staff_b1',
      member: 'z_p_b1',
    }),
  };
  private readonly as: (openid: string) => Promise<Call>;
  private serial = 0;
  /** Bookings made so far per person and station: three a day at most, so cancels never hit the daily stop. */
  private readonly booked = new Map<string, number>();
  private readonly shared = new Map<string, Promise<unknown>>();

  private constructor(readonly cloud: LocalCloud) {
    this.as = callerCache(cloud);
  }

  static async start(): Promise<World> {
    const cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    const w = new World(cloud);
    await w.seed();
    return w;
  }

  close(): Promise<void> {
    return this.cloud.close();
  }

  /** Calls a function as `openid` through the local cloud's HTTP API (a session issued directly). */
  async call(openid: string, fn: string, action: string, data?: unknown): Promise<any> {
    return (await this.as(openid))(fn, action, data);
  }

  /** Calls a function with no OPENID in the context, as a call from outside WeChat would arrive. */
  signedOut(fn: string, action: string, data: unknown): Promise<any> {
    return this.cloud.functions.invoke(fn, { action, data }, { openid: '', appid: '' }) as Promise<any>;
  }

  /** A fresh id (letters, digits, `_`): fixtures never collide across cells. */
  id(prefix: string): string {
    this.serial += 1;
    return `${prefix}_${this.serial.toString(36)}${randomBytes(3).toString('hex')}`;
  }

  /** A request id as the app makes one per submit. */
  requestId(): string {
    return this.id('req').replace(/_/g, '-');
  }

  /** A fixture made once and shared by the cells that only read it. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.shared.has(key)) this.shared.set(key, make());
    return this.shared.get(key) as Promise<T>;
  }

  find(coll: string, filter: Record<string, unknown>): any[] {
    return this.cloud.db.find(coll, filter);
  }

  set(coll: string, filter: Record<string, unknown>, fields: Record<string, unknown>): void {
    this.cloud.db.modify(coll, filter, { $set: fields }, { multi: true, merge: true, upsert: false });
  }

  insert(coll: string, doc: object): void {
    this.cloud.db.insert(coll, [doc as Record<string, unknown>]);
  }

  /** A new person: crew of no org, or a member of a scope's branch. */
  person(where: Place | null, prefix = 'z_new'): string {
    const openid = this.id(prefix);
    const u = where ? this.unit[where] : null;
    this.insert(
      'users',
      userDoc(openid, '新成员', u ? ['crew', 'member'] : ['crew'], {
        orgId: u?.org ?? null,
        branchId: u?.branch ?? null,
        phone: this.phone(),
      }),
    );
    return openid;
  }

  /** A phone number nobody else in the world has. */
  phone(): string {
    this.serial += 1;
    return `139${String(this.serial).padStart(8, '0')}`;
  }

  private async seed(): Promise<void> {
    const db = this.cloud.db;
    const createdAt = new Date('2026-01-05T08:00:00+08:00');
    db.insert('orgs', [
      { _id: 'org_a', name: '济宁市港航事业发展中心党委' },
      { _id: 'org_b', name: '安庆港航党委' },
    ]);
    db.insert(
      'branches',
      PLACES.map((p) => {
        const u = this.unit[p];
        return { _id: u.branch, orgId: u.org, name: u.branchName, brand: null, inviteCode: u.invite, createdAt };
      }),
    );
    const a1 = { orgId: 'org_a', branchId: 'br_a1' };
    const a2 = { orgId: 'org_a', branchId: 'br_a2' };
    const b1 = { orgId: 'org_b', branchId: 'br_b1' };
    const member = ['crew', 'member'];
    const sec = ['crew', 'member', 'branch_admin'];
    const admin = ['crew', 'member', 'org_admin'];
    db.insert('users', [
      userDoc('z_crew', '张海生', ['crew'], { phone: '13800000001' }),
      userDoc('z_member', '李红梅', member, { ...a1, phone: '13800000002' }),
      userDoc('z_sec', '赵志刚', sec, { ...a1, phone: '13800000003' }),
      userDoc('z_admin', '刘强', admin, { ...a1, phone: '13800000005' }),
      userDoc('z_p_a1', '孙小航', member, { ...a1, phone: '13800000011' }),
      userDoc('z_p_a2', '孔灯塔', member, { ...a2, phone: '13800000012' }),
      userDoc('z_p_b1', '吴长江', member, { ...b1, phone: '13800000013' }),
      userDoc('z_sec_a2', '王建军', sec, { ...a2, phone: '13800000021' }),
      userDoc('z_sec_b1', '钱江海', sec, { ...b1, phone: '13800000022' }),
      userDoc('z_admin_b', '吴江', admin, { ...b1, phone: '13800000023' }),
    ]);
    // Every org's standard: the default items, the uncapped one claims use and the capped volunteer item.
    for (const orgId of ['org_a', 'org_b']) {
      const base = defaultStandard(orgId);
      const free = {
        id: FREE_ITEM,
        categoryId: 'pioneer',
        name: '测试用不限次项目',
        points: 1,
        caps: {},
        evidenceRequired: false,
        claimable: true,
        active: true,
        forActivities: false,
      };
      const capped = {
        id: CAPPED_ITEM,
        categoryId: 'volunteer',
        name: '测试用志愿项目',
        points: 5,
        caps: { month: 7 },
        evidenceRequired: true,
        claimable: true,
        active: true,
        forActivities: true,
      };
      this.insert('pointStandards', {
        _id: orgId,
        orgId,
        version: 1,
        categories: base.categories,
        items: [...base.items, free, capped],
        stars: base.stars,
        updatedAt: createdAt,
        updatedBy: 'seed',
      });
    }
    // Stations through the API, as their org admins make them, each with a bookable service and parcels.
    for (const p of PLACES) {
      const u = this.unit[p];
      const made = okData(
        await this.call(u.admin, 'stations', 'create', {
          requestId: this.requestId(),
          ...stationFields(`${u.branchName}船员驿站`),
        }),
      );
      u.station = made.id;
      u.stationKey = made.key;
      for (const input of [
        bookableService(u.station),
        { stationId: u.station, serviceId: 'parcel', hours: null, note: '', confirm: true, booking: null },
      ]) {
        okData(await this.call(u.admin, 'stations', 'saveService', input));
      }
      okData(await this.call(u.member, 'stations', 'slots', { stationId: u.station, serviceId: 'health' }));
    }
    db.insert('users', [
      userDoc('z_staff', '孙丽', ['crew', 'station_staff'], { stationId: this.unit.own.station, phone: '13800000004' }),
      userDoc('z_staff_a2', '周驿站', ['crew', 'station_staff'], {
        stationId: this.unit.branch.station,
        phone: '13800000031',
      }),
      userDoc('z_staff_b1', '郑驿站', ['crew', 'station_staff'], {
        stationId: this.unit.org.station,
        phone: '13800000032',
      }),
    ]);
  }

  // ---- who a record belongs to -------------------------------------------------------------

  /**
   * The person whose record a cell reaches for. `own`: the caller's own record when their role
   * keeps such records (`self`), else a member of the caller's own branch who also uses its station
   * (the home unit for crew and staff); `branch`/`org`: a member of that unit.
   */
  holder(place: Place, role: Role, self: readonly Role[]): string {
    if (place === 'own' && self.includes(role)) return CALLERS[role];
    return this.unit[place].member;
  }

  // ---- points ------------------------------------------------------------------------------

  /** A pending claim of the uncapped item, filed through the API by its member. */
  async claim(openid: string): Promise<string> {
    const c = okData(
      await this.call(openid, 'points', 'claim', {
        requestId: this.requestId(),
        itemId: FREE_ITEM,
        date: TODAY(),
        note: '',
        photos: [],
      }),
    );
    return c.id;
  }

  /** A ledger entry for `openid`, awarded by their org's admin. */
  async entry(openid: string): Promise<string> {
    const admin = this.find('users', { _id: openid })[0]!.orgId === 'org_b' ? 'z_admin_b' : 'z_admin';
    const e = okData(
      await this.call(admin, 'points', 'award', {
        requestId: this.requestId(),
        openid,
        itemId: FREE_ITEM,
        date: TODAY(),
        reason: '测试',
      }),
    );
    return e.id;
  }

  // ---- volunteer -----------------------------------------------------------------------------

  /** An activity of a scope's branch, stored as published (public) unless `over` says otherwise. */
  activity(place: Place, over: Partial<ActivityDoc> = {}): string {
    const u = this.unit[place];
    const id = this.id('act');
    this.insert(
      'activities',
      activityDoc(id, {
        orgId: u.org,
        branchId: u.branch,
        branchName: u.branchName,
        createdBy: u.sec,
        secret: randomBytes(16).toString('hex'),
        ...over,
      }),
    );
    return id;
  }

  /** An activity that started half an hour ago and ends in two hours: check-in is open, close is allowed. */
  runningActivity(place: Place, over: Partial<ActivityDoc> = {}): string {
    return this.activity(place, {
      startAt: at(-HOUR / 2),
      endAt: at(2 * HOUR),
      signupDeadline: at(-HOUR),
      cancelDeadline: at(-HOUR),
      ...over,
    });
  }

  /** The check-in code an organiser would show now. */
  checkinCode(activityId: string): string {
    const a = this.find('activities', { _id: activityId })[0]!;
    return codeFor(a['secret'] as string, activityId, windowOf(new Date()));
  }

  /** Signs `openid` up through the API (the activity must be open to them and still taking sign-ups). */
  async signUp(openid: string, activityId: string): Promise<void> {
    okData(await this.call(openid, 'volunteer', 'signUp', { id: activityId }));
  }

  /** Signs `openid` up to an activity that has already started (stored directly, as sign-up closed before it began). */
  enrol(openid: string, activityId: string): void {
    const a = this.find('activities', { _id: activityId })[0]!;
    this.insert('enrollments', {
      _id: `${activityId}_${openid}`,
      activityId,
      openid,
      status: 'enrolled',
      seqKey: `${Date.now()}-${this.id('s')}`,
      signedUpAt: at(-2 * HOUR),
      startAt: a['startAt'],
      endAt: a['endAt'],
      checkedInAt: null,
      checkedOutAt: null,
      markedReason: null,
      hours: null,
      points: null,
    });
    this.cloud.db.modify(
      'activities',
      { _id: activityId },
      { $inc: { enrolled: 1, remaining: -1 }, $push: { holders: openid } },
      { multi: false, merge: true, upsert: false },
    );
  }

  // ---- stations --------------------------------------------------------------------------------

  /** What the app sends to book for `openid` at a scope's station, on a day ahead (three a day at most per person). */
  bookInput(openid: string, place: Place): Record<string, unknown> {
    const station = this.unit[place].station;
    const key = `${openid}@${station}`;
    const n = this.booked.get(key) ?? 0;
    this.booked.set(key, n + 1);
    const date = addDays(chinaDate(new Date()), 1 + Math.floor(n / 3));
    const slot = this.find('stationSlots', { stationId: station, serviceId: 'health', date })[0];
    if (!slot) throw new Error(`no slot on ${date} at ${station}`);
    return this.slotInput(slot._id);
  }

  /** A booking of one person for oneself, as the app sends it. */
  slotInput(slotId: string): Record<string, unknown> {
    return {
      requestId: this.requestId(),
      slotId,
      people: 1,
      ship: null,
      eta: null,
      phone: '13800009999',
      note: '',
      reminder: false,
    };
  }

  /** A booking by `openid` at a scope's station, made through the API. */
  async booking(openid: string, place: Place): Promise<string> {
    return okData(await this.call(openid, 'stations', 'book', this.bookInput(openid, place))).id;
  }

  /** A seated booking by a scope's member, moved to today as if its day had come: staff verify it at the counter. */
  async todayBooking(place: Place): Promise<{ id: string; code: string }> {
    const id = await this.booking(this.unit[place].member, place);
    this.set('bookings', { _id: id }, { date: chinaDate(new Date()) });
    return { id, code: this.find('bookings', { _id: id })[0]!.code };
  }

  parcel(place: Place): string {
    const u = this.unit[place];
    const doc: ParcelDoc = {
      _id: this.id('pc'),
      stationId: u.station,
      stationName: '驿站',
      openid: u.member,
      name: '孙小航',
      phoneTail: '0011',
      note: '',
      status: 'expected',
      arrivedAt: null,
      pickedUpAt: null,
      createdAt: new Date(),
    };
    this.insert('parcels', doc);
    return doc._id;
  }

  notice(place: Place): string {
    const doc: NoticeDoc = {
      _id: this.id('nt'),
      stationId: this.unit[place].station,
      title: '通知',
      body: '',
      createdAt: new Date(),
      by: this.unit[place].staff,
      byName: '工作人员',
    };
    this.insert('stationNotices', doc);
    return doc._id;
  }

  /** The full editable fields of a station as stored, for edit calls that change nothing. */
  stationInput(place: Place): Record<string, unknown> {
    const s = this.find('stations', { _id: this.unit[place].station })[0]!;
    return {
      stationId: s._id,
      name: s.name,
      kind: s.kind,
      address: s.address,
      port: s.port,
      location: s.location,
      waterway: null,
      arrival: s.arrival,
      phones: s.phones,
      photos: s.photos,
      parcel: s.parcel,
    };
  }

  // ---- certificates --------------------------------------------------------------------------

  async certificate(openid: string): Promise<string> {
    const issuedOn = addDays(TODAY(), -400);
    const saved = okData(
      await this.call(openid, 'certificates', 'save', {
        requestId: this.requestId(),
        kind: 'other',
        title: '测试证书',
        number: `T${this.serial}X`,
        issuedOn,
        expiresOn: addDays(TODAY(), 30),
        photo: null,
      }),
    );
    return saved.certificate.id;
  }

  // ---- brands --------------------------------------------------------------------------------

  /** A scope's branch brand, saved by its secretary and published by its org admin (once). */
  brand(place: Place): Promise<string> {
    return this.once(`brand:${place}`, async () => {
      const u = this.unit[place];
      const baseVersion = this.version('brands', `b-${u.branch}`);
      const saved = okData(
        await this.call(u.sec, 'brands', 'saveBrand', {
          branchId: u.branch,
          baseVersion,
          content: brandContent({ results: [] }),
        }),
      );
      okData(
        await this.call(u.admin, 'brands', 'publish', {
          kind: 'brand',
          id: saved.brand.id,
          version: saved.state.version,
        }),
      );
      return saved.brand.id as string;
    });
  }

  /** The stored draft version of an editable item (0 when there is none yet). */
  version(coll: string, id: string): number {
    return (this.find(coll, { _id: id })[0]?.['version'] as number | undefined) ?? 0;
  }

  /** A draft 书记项目 of a scope's branch, created by its secretary (once per scope). */
  draftProject(place: Place): Promise<string> {
    return this.once(`project:${place}`, async () => {
      const u = this.unit[place];
      const made = okData(
        await this.call(u.sec, 'brands', 'createProject', {
          branchId: u.branch,
          requestId: this.requestId(),
          content: projectContent(),
        }),
      );
      return made.projectId as string;
    });
  }

  /** A published project of a scope's branch, stored directly; `concluded` adds entries up to 结题. */
  listedProject(place: Place, concluded = false): string {
    const u = this.unit[place];
    const content = projectContent();
    const now = new Date();
    const doc: ProjectDoc = {
      _id: this.id('prj'),
      orgId: u.org,
      branchId: u.branch,
      orgName: u.org,
      ownerName: u.branchName,
      ownerOpenid: u.sec,
      year: content.year,
      review: null,
      draft: content,
      version: 1,
      published: content,
      publishedVersion: 1,
      publishedAt: now,
      publishedBy: u.admin,
      listed: true,
      createdAt: now,
      createdBy: u.sec,
      updatedAt: now,
      updatedBy: u.sec,
      updatedByName: '书记',
    };
    this.insert('brandProjects', doc);
    if (concluded)
      for (const stage of ['claim', 'solve', 'conclude'] as const) this.projectEntry(doc._id, u.sec, stage);
    return doc._id;
  }

  projectEntry(projectId: string, by: string, stage: EntryDoc['stage'] = null): string {
    const doc: EntryDoc = {
      _id: this.id('pe'),
      projectId,
      date: TODAY(),
      text: '进展',
      images: [],
      stage,
      taskId: null,
      taskDone: false,
      by,
      byName: '书记',
      at: new Date(),
      withdrawn: false,
    };
    this.insert('brandProjectEntries', doc);
    return doc._id;
  }

  /** An alliance of org_a (members for br_a1, br_a2 and one unit off RedSail) or of org_b, created and published once. */
  alliance(org: 'org_a' | 'org_b', published: boolean): Promise<string> {
    return this.once(`alliance:${org}:${published}`, async () => {
      const admin = org === 'org_a' ? 'z_admin' : 'z_admin_b';
      const members =
        org === 'org_a'
          ? [member('m1', 'br_a1'), member('m2', 'br_a2'), member('m3', null)]
          : [member('n1', 'br_b1'), member('n2', null)];
      const made = okData(
        await this.call(admin, 'brands', 'createAlliance', {
          requestId: this.requestId(),
          content: {
            name: '港航党建联盟',
            purpose: '',
            cover: null,
            logo: null,
            story: [],
            members,
            mechanisms: [],
            platforms: [],
            results: [],
          },
        }),
      );
      if (published)
        okData(
          await this.call(admin, 'brands', 'publish', {
            kind: 'alliance',
            id: made.allianceId,
            version: made.state.version,
          }),
        );
      return made.allianceId as string;
    });
  }

  /** An open offer on an alliance, for a member unit, posted by `by`: stored directly. */
  offer(allianceId: string, memberKey: string, by: string): string {
    const doc: OfferDoc = {
      _id: this.id('of'),
      allianceId,
      kind: 'resource',
      memberKey,
      unit: '成员单位',
      title: '党性教育基地',
      detail: '',
      category: 'venue',
      tags: [],
      status: 'open',
      by,
      byName: '书记',
      createdAt: new Date(),
    };
    this.insert('brandOffers', doc);
    return doc._id;
  }

  // ---- account -------------------------------------------------------------------------------

  /** Withdraws whatever join request the person has pending, so a new one can be filed. */
  clearJoins(openid: string): void {
    this.set('joinRequests', { openid, status: 'pending' }, { status: 'cancelled' });
  }

  /** A pending join request to a scope's branch, by `openid` (a fresh applicant when omitted). */
  joinRequest(place: Place, openid = this.person(null, 'z_appl')): string {
    const u = this.unit[place];
    const id = this.id('jr');
    this.insert('joinRequests', pendingRequest(id, openid, '申请人', { orgId: u.org, branchId: u.branch }));
    return id;
  }
}

const member = (key: string, branchId: string | null) => ({
  key,
  unit: `成员单位${key}`,
  branchName: `党组织${key}`,
  branchId,
  lead: key.endsWith('1'),
});

/** A small valid 书记项目 (no tasks: progress comes from the entries alone). */
export function projectContent() {
  return {
    title: '船员服务提质项目',
    leader: '支部书记',
    year: chinaDay().year,
    cover: null,
    background: [],
    problem: '',
    measures: [],
    expected: '',
    plan: { claim: null, solve: null, conclude: null },
    tasks: [],
    results: [],
  };
}

export function stationFields(name: string) {
  return {
    name,
    kind: 'crew_station',
    address: '港区码头一号',
    port: '济宁港',
    location: { lat: 35.4, lng: 116.6 },
    waterway: null,
    arrival: { mooring: '', shuttle: '', note: '' },
    phones: [],
    photos: [],
    parcel: { recipient: '驿站', phone: '05372345678', address: '港区码头一号驿站', note: '' },
  };
}

/** 健康问诊 every day of the week, 200 seats a slot, ten bookings a person a day, a month ahead. */
function bookableService(stationId: string) {
  const slots = Array.from({ length: 7 }, (_v, weekday) => ({ weekday, start: '09:00', end: '10:00', capacity: 200 }));
  return {
    stationId,
    serviceId: 'health',
    hours: null,
    note: '',
    confirm: true,
    booking: { slots, perPersonPerDay: 10, cancelBeforeMinutes: 0, maxPeople: 5, daysAhead: 30, waitlist: false },
  };
}
