/**
 * The brand showcase demo (brands-demo-data.ts): 济舟先锋 and its five branch brands, published, with
 * a newer unpublished draft of 红帆领航 waiting for the org admin; the 书记项目 of 长江海事局's units,
 * 泉州's plan and a 济宁 project, with their ledgers; the 北部湾 alliance with its meeting and lists;
 * 济宁's home carousel; and the pictures, drawn into the local cloud's file store under brands/demo/.
 * The other organisations get an org document but no branches: nobody joins them in the demo.
 * Call `seedBrandsDemo(db, files)` after the organisation is seeded; it does nothing once 济舟先锋 exists.
 */
import type { BrandContent } from '../../../contracts/brands';
import type {
  AllianceDoc,
  BrandDoc,
  CarouselDoc,
  CounterDoc,
  EntryDoc,
  MeetingDoc,
  OfferDoc,
  ProjectDoc,
} from '../../core/brands/docs';
import { brandId } from '../../core/brands/docs';
import { chinaYear } from '../../core/points/dates';
import type { Database } from '../store/database';
import type { AnyObject } from '../store/types';
import { FileStore } from '../storage/file-store';
import { coverArt, logoArt } from './brand-art';
import {
  BBW_ALLIANCE,
  BBW_MEETING,
  BBW_OFFERS,
  BBW_ORG,
  CJ_ORG,
  DEMO_BRANDS,
  demoProjects,
  QZ_ORG,
  type Art,
} from './brands-demo-data';
import { BRANCHES, ORGS } from './demo-data';

const DAY = 86_400_000;
const ADMIN = 'demo_admin';
const asDoc = (doc: object): AnyObject => ({ ...doc });

/** Where a demo picture lives, and its file ID (the local file store's bucket). */
const artPath = (a: Art) => `brands/demo/${a.name}.png`;
const fileIdOf = (a: Art) => new FileStore(null).fileId(artPath(a));

/** Draws each picture the store does not have yet. */
function drawArt(files: FileStore, arts: readonly Art[]): void {
  for (const a of arts) if (!files.get(artPath(a))) files.put(artPath(a), a.logo ? logoArt(a.seed) : coverArt(a.seed));
}

/** Draft and published at version 1, as a publish leaves them. */
function published<C>(content: C, by: string, byName: string, at: Date) {
  return {
    draft: content,
    version: 1,
    published: content,
    publishedVersion: 1,
    publishedAt: at,
    publishedBy: ADMIN,
    listed: true,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    updatedByName: byName,
  };
}

function brandDocs(now: Date): { docs: BrandDoc[]; arts: Art[] } {
  const org = ORGS[0]!;
  const arts: Art[] = [];
  const docs = DEMO_BRANDS.map((b): BrandDoc => {
    arts.push(b.cover, b.logo, ...b.gallery.map((g) => g.art));
    const byName = new Map(b.gallery.map((g) => [g.art.name, fileIdOf(g.art)]));
    const content: BrandContent = {
      ...b.content,
      story: b.content.story.map((block) =>
        block.type === 'image'
          ? { ...block, fileId: byName.get(block.fileId) ?? fileIdOf({ name: block.fileId, seed: 0 }) }
          : block,
      ),
      logo: fileIdOf(b.logo),
      cover: fileIdOf(b.cover),
      gallery: b.gallery.map((g) => ({ fileId: fileIdOf(g.art), caption: g.caption })),
    };
    const branch = BRANCHES.find((x) => x._id === b.branchId);
    const at = new Date(now.getTime() - 30 * DAY);
    return {
      _id: b.branchId ? brandId('branch', b.branchId) : brandId('org', org._id),
      kind: b.branchId ? 'branch' : 'org',
      orgId: org._id,
      branchId: b.branchId,
      orgName: org.name,
      ownerName: branch?.name ?? org.name,
      ...published(content, b.branchId ? 'demo_secretary' : ADMIN, b.branchId ? '赵志刚' : '刘强', at),
    };
  });
  // 赵志刚 has since saved a newer slogan: 刘强 sees it waiting to be published.
  const hflh = docs.find((d) => d._id === 'b-br_jiguan1')!;
  hflh.draft = { ...hflh.draft, slogan: '红帆领航，守护运河碧水' };
  hflh.version = 2;
  hflh.updatedAt = new Date(now.getTime() - DAY);
  return { docs, arts };
}

function projectDocs(now: Date): { projects: ProjectDoc[]; entries: EntryDoc[]; arts: Art[] } {
  const entries: EntryDoc[] = [];
  const projects = demoProjects(chinaYear(now)).map((p): ProjectDoc => {
    const past = p.content.year < chinaYear(now);
    const at = past ? new Date('2024-11-16T16:21:00+08:00') : new Date(now.getTime() - 20 * DAY);
    p.entries.forEach(([date, text, stage, taskId], i) =>
      entries.push({
        _id: `${p.id}_e${i + 1}`,
        projectId: p.id,
        date,
        text,
        images: [],
        stage,
        taskId,
        taskDone: !!taskId,
        by: p.ownerOpenid,
        byName: p.content.leader,
        at: new Date(`${date}T18:00:00+08:00`),
        withdrawn: false,
      }),
    );
    return {
      _id: p.id,
      orgId: p.orgId,
      branchId: p.branchId,
      orgName: p.orgName,
      ownerName: p.unitName,
      ownerOpenid: p.ownerOpenid,
      year: p.content.year,
      review: p.review ? { ...p.review, by: ADMIN, byName: `${p.orgName}党委`, at } : null,
      ...published({ ...p.content, cover: fileIdOf(p.cover) }, p.ownerOpenid, p.content.leader, at),
    };
  });
  return { projects, entries, arts: demoProjects(chinaYear(now)).map((p) => p.cover) };
}

function allianceDocs(): { alliance: AllianceDoc; meeting: MeetingDoc; offers: OfferDoc[] } {
  const at = new Date('2021-04-26T13:48:21+08:00');
  const a = BBW_ALLIANCE;
  const members = new Map(a.content.members.map((m) => [m.key, m.unit]));
  return {
    alliance: {
      _id: a.id,
      orgId: BBW_ORG._id,
      branchId: null,
      orgName: BBW_ORG.name,
      ownerName: BBW_ORG.name,
      ...published(
        { ...a.content, cover: fileIdOf(a.cover), logo: fileIdOf(a.logo) },
        'demo_bbw_admin',
        '联盟联络员',
        at,
      ),
    },
    meeting: {
      _id: `${a.id}_m1`,
      allianceId: a.id,
      ...BBW_MEETING,
      images: [],
      by: 'demo_bbw_admin',
      byName: '联盟联络员',
      at,
    },
    offers: BBW_OFFERS.map(([memberKey, kind, title, detail, category, tags], i) => ({
      _id: `${a.id}_o${i + 1}`,
      allianceId: a.id,
      kind,
      memberKey,
      unit: members.get(memberKey)!,
      title,
      detail,
      category,
      tags,
      status: 'open',
      by: 'demo_bbw_admin',
      byName: '联盟联络员',
      createdAt: new Date(at.getTime() + i * 60_000),
    })),
  };
}

export function seedBrandsDemo(db: Database, files: FileStore | null, now: Date = new Date()): { seeded: boolean } {
  const brands = brandDocs(now);
  const projects = projectDocs(now);
  // Pictures missing from the file store are drawn again, even for a demo seeded before.
  if (files) drawArt(files, [...brands.arts, ...projects.arts, BBW_ALLIANCE.cover, BBW_ALLIANCE.logo]);
  if (db.find('brands', { _id: brandId('org', ORGS[0]!._id) }).length > 0) return { seeded: false };
  const { alliance, meeting, offers } = allianceDocs();

  for (const org of [CJ_ORG, QZ_ORG, BBW_ORG])
    if (db.find('orgs', { _id: org._id }).length === 0) db.insert('orgs', [asDoc(org)]);
  db.insert('brands', brands.docs.map(asDoc));
  db.insert('brandProjects', projects.projects.map(asDoc));
  db.insert('brandProjectEntries', projects.entries.map(asDoc));
  db.insert('brandAlliances', [asDoc(alliance)]);
  db.insert('brandMeetings', [asDoc(meeting)]);
  db.insert('brandOffers', offers.map(asDoc));
  const carousel: CarouselDoc = {
    _id: ORGS[0]!._id,
    items: [
      { kind: 'brand', id: brandId('org', ORGS[0]!._id) },
      { kind: 'brand', id: 'b-br_jiguan1' },
      { kind: 'project', id: 'prj_demo_jining' },
      { kind: 'project', id: 'prj_demo_anqing' },
      { kind: 'alliance', id: alliance._id },
    ],
    version: 1,
    updatedAt: now,
    updatedBy: ADMIN,
  };
  db.insert('brandCarousels', [asDoc(carousel)]);
  const views = (kind: string, id: string, n: number): CounterDoc => ({
    _id: `${kind}:${id}:views:0`,
    target: `${kind}:${id}`,
    metric: 'views',
    n,
  });
  db.insert(
    'brandCounters',
    [
      views('brand', carousel.items[0]!.id, 1280),
      views('brand', 'b-br_jiguan1', 356),
      views('project', 'prj_demo_anqing', 842),
      views('alliance', alliance._id, 517),
    ].map(asDoc),
  );
  // The school visit is held under 赵志刚's project (activities may name the project they serve).
  db.modify(
    'activities',
    { _id: 'act_demo_school' },
    { $set: { projectId: 'prj_demo_jining' } },
    { multi: false, merge: true, upsert: false },
  );
  return { seeded: true };
}
