import type * as z from 'zod/mini';
import type { Schema } from './validation';
import {
  CancelJoinInput,
  DeleteMineInput,
  ExportMineInput,
  RequestJoinInput,
  UpdateProfileInput,
  WhoamiInput,
  type DeletedAccount,
  type JoinRequest,
  type Me,
  type MyDataExport,
  type Profile,
} from './account';
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
  type JoinQueueItem,
  type MemberSummary,
  type RosterImportResult,
  type RosterRow,
} from './org';
import {
  AwardInput,
  BranchRankingInput,
  ClaimInput,
  ClaimQueueInput,
  CorrectInput,
  DecideClaimsInput,
  ExportBranchInput,
  GapInput,
  GetClaimInput,
  GetStandardInput,
  LedgerInput,
  ListMessagesInput,
  MarkReadInput,
  MyClaimsInput,
  RankingInput,
  SaveStandardInput,
  SummaryInput,
  WithdrawClaimInput,
  type BranchRankingRow,
  type Claim,
  type GapMeter,
  type LedgerEntry,
  type Message,
  type Page,
  type PointsStandard,
  type PointsSummary,
  type RankingPage,
} from './points';
import {
  ActivityDraftInput,
  ActivityIdInput,
  CancelActivityInput,
  CheckInInput,
  ListActivitiesInput,
  MarkAttendanceInput,
  MyActivitiesInput,
  MyHoursInput,
  type Activity,
  type ActivityView,
  type MyHours,
  type CloseResult,
  type MyEnrollment,
  type RosterEntry,
} from './volunteer';

import {
  BrandContentInput,
  BrandDraftInput,
  IdInput,
  OrgInput,
  PublishInput,
  SaveBrandInput,
  SaveCarouselInput,
  ShowcaseRefInput,
  type BrandDraft,
  type BrandMatrix,
  type BrandView,
  type Carousel,
  type DraftState,
  type Engagement,
  type ManagedBrand,
  type ManagedItem,
  type ShareCard,
} from './brands';
import {
  AddEntryInput,
  CreateProjectInput,
  ListProjectsInput,
  ManageProjectsInput,
  ReviewProjectInput,
  SaveProjectInput,
  WithdrawEntryInput,
  type ProjectCard,
  type ProjectDetail,
  type ProjectDraft,
  type ProjectEntry,
} from './brands-projects';
import {
  AddMeetingInput,
  CloseOfferInput,
  CreateAllianceInput,
  ListAlliancesInput,
  PostOfferInput,
  SaveAllianceInput,
  type AllianceCard,
  type AllianceDetail,
  type AllianceDraft,
  type AllianceMeeting,
  type AllianceOffer,
} from './brands-alliances';
import { OverviewInput, type Overview } from './overview';
import { HomeInput, ShowcaseOrgsInput, type Home, type ShowcaseOrg } from './home';
import {
  AheadInput,
  BlockInput,
  BoardInput,
  BookInput,
  BookingIdInput,
  CreateStationInput,
  EditStationInput,
  ExpectParcelInput,
  ExportBookingsInput,
  HotlinesInput,
  ListStationsInput,
  MyBookingsInput,
  MyParcelsInput,
  NearbyInput,
  ParcelIdInput,
  PostNoticeInput,
  RemoveNoticeInput,
  RemoveServiceInput,
  SaveServiceInput,
  SceneInput,
  SearchPeopleInput,
  SearchStationsInput,
  SetActiveInput,
  SetClosureInput,
  SetHoursInput,
  SlotsInput,
  StaffBookingInput,
  StationIdInput,
  StationIdOptionalInput,
  StationParcelsInput,
  SyncVerificationsInput,
  VerifyInput,
  type BoardBooking,
  type Booking,
  type BookingDay,
  type DayBoard,
  type Hotlines,
  type Notice,
  type Page as StationPage,
  type Parcel,
  type PersonRow,
  type StationAhead,
  type StationDetail,
  type StationPoster,
  type StationSummary,
  type VerifyResult,
} from './stations';
import {
  CertificateIdInput,
  DismissReminderInput,
  RemindersInput,
  SaveCertificateInput,
  UpdateCertificateInput,
  SetBirthDateInput,
  WalletInput,
  type Certificate,
  type CertificateReminder,
  type Wallet,
} from './certificates';
import { SubscribedInput, type SubscribedResult } from './subscribe';

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
    /** 导出我的数据: everything RedSail keeps about the caller, as an .xlsx workbook. */
    exportMine: read<MyDataExport>()(ExportMineInput),
    /** 注销账号: removes the caller's own data, anonymises what the organisation keeps (docs/privacy.md). */
    deleteMine: write<DeletedAccount>()(DeleteMineInput),
  },
  org: {
    /** Branches of the caller's organisation; to someone in no org, every org's branches (to pick one to join). */
    listBranches: read<BranchSummary[]>()(ListBranchesInput),
    /** Branch admin: own branch only. Org admin: any branch of the org. With each applicant's roles and roster match. */
    listJoinRequests: read<JoinQueueItem[]>()(ListJoinRequestsInput),
    decideJoin: write<JoinRequest>()(DecideJoinInput),
    getInviteCode: write<{ branchId: string; code: string }>()(GetInviteCodeInput),
    listMembers: read<MemberSummary[]>()(ListMembersInput),
    /** Org admin only. */
    importRoster: write<RosterImportResult>()(ImportRosterInput),
    listRoster: read<RosterRow[]>()(ListRosterInput),
    setRoles: write<MemberSummary>()(SetRolesInput),
  },
  points: {
    /** The caller's organisation's standard (members and admins). */
    getStandard: read<PointsStandard>()(GetStandardInput),
    /** Org admin only. */
    saveStandard: write<PointsStandard>()(SaveStandardInput),
    /** The 积分 tab: total, star, ranks, last 20 entries — at most 4 database requests. */
    summary: read<PointsSummary>()(SummaryInput),
    gap: read<GapMeter>()(GapInput),
    /** Created once per requestId: a retry answers with the first claim. */
    claim: write<Claim>()(ClaimInput),
    withdrawClaim: write<Claim>()(WithdrawClaimInput),
    getClaim: read<Claim>()(GetClaimInput),
    myClaims: read<Page<Claim>>()(MyClaimsInput),
    claimQueue: read<Page<Claim>>()(ClaimQueueInput),
    /** One or many (bulk) at once; each claim is decided or reported failed on its own. */
    decideClaims: write<{ decided: Claim[]; failed: Array<{ claimId: string; message: string }> }>()(DecideClaimsInput),
    award: write<LedgerEntry>()(AwardInput),
    correct: write<LedgerEntry>()(CorrectInput),
    ledger: read<Page<LedgerEntry>>()(LedgerInput),
    ranking: read<RankingPage>()(RankingInput),
    branchRanking: read<BranchRankingRow[]>()(BranchRankingInput),
    /** The branch's yearly table as .xlsx (member, subtotal per category, total, star). */
    exportBranch: read<{ fileName: string; base64: string }>()(ExportBranchInput),
  },
  volunteer: {
    /** open: can still sign up; mine: signed up or waitlisted; past: finished or cancelled. Only activities the caller may see. */
    list: read<Page<ActivityView>>()(ListActivitiesInput),
    get: read<ActivityView>()(ActivityIdInput),
    /**
     * Branch admin (own branch) or org admin: create (once per requestId) or edit a draft or a published
     * activity; text goes through the content check. A published one cannot move to start in the past,
     * nor change its times once started, nor its points item once people signed up.
     */
    save: write<Activity>()(ActivityDraftInput),
    publish: write<Activity>()(ActivityIdInput),
    /** Participants are told. */
    cancel: write<Activity>()(CancelActivityInput),
    signUp: write<MyEnrollment>()(ActivityIdInput),
    cancelSignUp: write<MyEnrollment>()(ActivityIdInput),
    myActivities: read<Page<ActivityView>>()(MyActivitiesInput),
    /** The caller's credited service hours, in all. */
    myHours: read<MyHours>()(MyHoursInput),
    /** Organiser: the code to show as a QR; it changes every 45 s and the previous one stays valid for one more period. */
    checkinCode: read<{ code: string; qr: string; expiresAt: string }>()(ActivityIdInput),
    checkIn: write<MyEnrollment>()(CheckInInput),
    markAttendance: write<RosterEntry>()(MarkAttendanceInput),
    roster: read<RosterEntry[]>()(ActivityIdInput),
    /**
     * Organiser: finishes the activity and credits each attendee's hours and points, exactly once,
     * within the points item's caps; organisers get their hours but no points. `shortfalls` says who got less and why.
     */
    close: write<CloseResult>()(ActivityIdInput),
  },
  brands: {
    // ---- reading (anyone signed in; published only, drafts to their editors) ----
    /** 一主多元: the org's main brand and every branch as a tile with live numbers. orgId: default the caller's org (or HOME_ORG_ID). */
    matrix: read<BrandMatrix>()(OrgInput),
    /** A published brand (id from the matrix), its live figures, engagement and share card. */
    brand: read<BrandView>()(IdInput),
    /** The home carousel's items, published only, in the org admin's order. */
    carousel: read<Carousel>()(OrgInput),
    /** 书记项目 showcase: published projects by year (default this year) and org, newest first. */
    projects: read<Page<ProjectCard>>()(ListProjectsInput),
    /** A published project with its ledger, tasks (overdue flagged), activities, engagement and share card. */
    project: read<ProjectDetail>()(IdInput),
    /** Published alliances of the org. */
    alliances: read<AllianceCard[]>()(ListAlliancesInput),
    /** A published alliance: members, mechanisms, platforms, 联席会议, resources and needs with matches, joint activities. */
    alliance: read<AllianceDetail>()(IdInput),

    // ---- engagement ----
    /** Counts one view (call once when the page shows). */
    view: write<null>()(ShowcaseRefInput),
    /** One like per person: repeating it changes nothing. */
    like: write<Engagement>()(ShowcaseRefInput),
    unlike: write<Engagement>()(ShowcaseRefInput),
    /** The share card alone (detail reads carry it too). */
    share: read<ShareCard>()(ShowcaseRefInput),

    // ---- editing: brands (org admin: main brand and every branch; secretary: own branch) ----
    /** What the caller may edit: brands, with where each draft stands. */
    manageBrands: read<ManagedBrand[]>()(OrgInput),
    /** The draft to edit (a brand not yet created comes back empty at version 0) and its preview. */
    brandDraft: read<BrandDraft>()(BrandDraftInput),
    /** Saves the draft over baseVersion; every text passes the content check. */
    saveBrand: write<BrandDraft>()(SaveBrandInput),
    /** Validates and content-checks brand content without saving (the editor's 检查 button). */
    checkBrand: read<null>()(BrandContentInput),

    // ---- editing: 书记项目 (secretary: own projects; org admin: all of the org) ----
    manageProjects: read<ManagedItem[]>()(ManageProjectsInput),
    projectDraft: read<ProjectDraft>()(IdInput),
    createProject: write<ProjectDraft>()(CreateProjectInput),
    saveProject: write<ProjectDraft>()(SaveProjectInput),
    /** 进度台帐: a dated entry with evidence; it may reach a stage or complete a task. Once per requestId. */
    addProjectEntry: write<ProjectEntry>()(AddEntryInput),
    withdrawProjectEntry: write<null>()(WithdrawEntryInput),
    /** Org admin: 验收 (after 结题). */
    reviewProject: write<ProjectDetail>()(ReviewProjectInput),

    // ---- editing: 党建联盟 (org admin; member branches' secretaries post offers and needs) ----
    manageAlliances: read<ManagedItem[]>()(OrgInput),
    allianceDraft: read<AllianceDraft>()(IdInput),
    createAlliance: write<AllianceDraft>()(CreateAllianceInput),
    saveAlliance: write<AllianceDraft>()(SaveAllianceInput),
    addMeeting: write<AllianceMeeting>()(AddMeetingInput),
    postOffer: write<AllianceOffer>()(PostOfferInput),
    closeOffer: write<AllianceOffer>()(CloseOfferInput),

    // ---- publishing (org admin) ----
    /** Publishes exactly the draft version the admin reviewed: a newer save in between is refused. */
    publish: write<DraftState>()(PublishInput),
    /** Takes a published item down (it stays as a draft). */
    unpublish: write<DraftState>()(ShowcaseRefInput),
    /** Org admin: the home carousel's items in order (published ones only). */
    saveCarousel: write<Carousel>()(SaveCarouselInput),
  },
  overview: {
    /** 组织概况: org admin (whole org or one branch) or secretary (own branch): four tables for charts. */
    tables: read<Overview>()(OverviewInput),
    /** The same tables as an .xlsx workbook, one sheet each. */
    export: read<{ fileName: string; base64: string }>()(OverviewInput),
  },
  home: {
    /** 首页 for the caller's role: the carousel and what they need now, from their last known position if given. */
    get: read<Home>()(HomeInput),
    /** Organisations by name, for the showcase lists' picker. */
    orgs: read<ShowcaseOrg[]>()(ShowcaseOrgsInput),
  },
  stations: {
    /** Anyone: the nearest stations (open now, offering a service) with what a list row shows. */
    nearby: read<StationSummary[]>()(NearbyInput),
    /** Anyone: without a position, by waterway or port, in name order. */
    list: read<StationPage<StationSummary>>()(ListStationsInput),
    search: read<StationSummary[]>()(SearchStationsInput),
    /** Anyone: the stations ahead on a waterway, with the time to reach each and whether it is open then. */
    ahead: read<StationAhead[]>()(AheadInput),
    /** Anyone: the station page in one call. */
    get: read<StationDetail>()(StationIdInput),
    /** Anyone: the station a poster's scene (s=<key>) points at. */
    resolveScene: read<StationSummary>()(SceneInput),
    /** Anyone: 12395 and the lines near a position, with the what-to-say card; cache it for offline use. */
    hotlines: read<Hotlines>()(HotlinesInput),
    /** Anyone: the service's bookable days and slots. */
    slots: read<BookingDay[]>()(SlotsInput),
    /** Anyone (crew included): book a slot for oneself or a ship; the same requestId books once. */
    book: write<Booking>()(BookInput),
    cancelBooking: write<Booking>()(BookingIdInput),
    getBooking: read<Booking>()(BookingIdInput),
    myBookings: read<StationPage<Booking>>()(MyBookingsInput),
    expectParcel: write<Parcel>()(ExpectParcelInput),
    myParcels: read<Parcel[]>()(MyParcelsInput),
    /** Station staff: their station; org admin: the org's stations. */
    myStations: read<StationSummary[]>()(StationIdOptionalInput),
    /** Staff of the station or its org admin, for everything below (create/setActive/searchPeople: org admin only). */
    board: read<DayBoard>()(BoardInput),
    verify: write<VerifyResult>()(VerifyInput),
    syncVerifications: write<Array<{ bookingId: string } & VerifyResult>>()(SyncVerificationsInput),
    staffBooking: write<BoardBooking>()(StaffBookingInput),
    edit: write<StationDetail>()(EditStationInput),
    setHours: write<StationDetail>()(SetHoursInput),
    setClosure: write<StationDetail>()(SetClosureInput),
    saveService: write<StationDetail>()(SaveServiceInput),
    removeService: write<StationDetail>()(RemoveServiceInput),
    block: write<BookingDay>()(BlockInput),
    postNotice: write<Notice>()(PostNoticeInput),
    removeNotice: write<null>()(RemoveNoticeInput),
    parcels: read<Parcel[]>()(StationParcelsInput),
    markParcel: write<Parcel>()(ParcelIdInput),
    exportBookings: read<{ fileName: string; base64: string }>()(ExportBookingsInput),
    poster: read<StationPoster>()(StationIdInput),
    create: write<StationDetail>()(CreateStationInput),
    setActive: write<StationDetail>()(SetActiveInput),
    searchPeople: read<StationPage<PersonRow>>()(SearchPeopleInput),
    staffOf: read<PersonRow[]>()(StationIdInput),
  },
  certificates: {
    /** The owner only: their certificates (numbers in full), archived ones apart, and their birth date. */
    wallet: read<Wallet>()(WalletInput),
    /** Checked against the kind's rule; the same requestId creates once. */
    save: write<{ certificate: Certificate; warnings: string[] }>()(SaveCertificateInput),
    /** The owner corrects one of their certificates, checked against the kind's rule again. */
    update: write<{ certificate: Certificate; warnings: string[] }>()(UpdateCertificateInput),
    get: read<Certificate>()(CertificateIdInput),
    archive: write<Certificate>()(CertificateIdInput),
    setBirthDate: write<{ birthDate: string | null }>()(SetBirthDateInput),
    /** Reminders due today (90/30/7 days before expiry, and once expired), with what to bring and the nearest 证书办理帮办. */
    reminders: read<CertificateReminder[]>()(RemindersInput),
    dismissReminder: write<null>()(DismissReminderInput),
  },
  messages: {
    list: read<Page<Message> & { unread: number }>()(ListMessagesInput),
    /** Without ids: all of the caller's messages. */
    markRead: write<null>()(MarkReadInput),
    /** After wx.requestSubscribeMessage: the templates the person accepted, one message each. */
    subscribed: write<SubscribedResult>()(SubscribedInput),
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
