// 首页 in one call. Round 1 reads the caller; round 2 reads, side by side, the carousel and what
// this role needs now, each from the core that owns it. Requests per role (tests/cloud/home.test.ts
// holds them): visitor and crew few, none of them growing with the organisation's size.
import type { Home, HomeRole, HomeSection } from '../../../contracts/home';
import { loadActorUser, type Actor } from '../access';
import { readCarousel } from '../brands/carousel';
import { orgOverviewSection } from './admin';
import { certificateSection, hotline, nearestStation, type Position } from './crew';
import { nextActivitySection, pointsSection } from './member';
import { homeOrgId, homeRole } from './role';
import { branchTodoSection } from './secretary';
import { stationTodaySection } from './staff';

async function sectionsFor(role: HomeRole, actor: Actor, position: Position | undefined, now: Date): Promise<HomeSection[]> {
  switch (role) {
    case 'visitor':
      return [await nearestStation(position, now), hotline()];
    case 'crew': {
      const [station, certificate] = await Promise.all([nearestStation(position, now), certificateSection(actor, now)]);
      return [station, hotline(), ...certificate];
    }
    case 'member':
      return Promise.all([pointsSection(actor.openid, actor.orgId!, now), nextActivitySection(actor.openid, now)]);
    case 'secretary':
      return [await branchTodoSection(actor.branchId!, now)];
    case 'staff':
      return stationTodaySection(actor.stationId!, now);
    case 'admin':
      return [await orgOverviewSection(actor.orgId!, now)];
  }
}

export async function buildHome(openid: string, position: Position | undefined, now: Date): Promise<Home> {
  const { actor, user } = await loadActorUser(openid);
  const role = homeRole(user);
  const orgId = homeOrgId(actor.orgId);
  const [carousel, sections] = await Promise.all([readCarousel(orgId), sectionsFor(role, actor, position, now)]);
  return {
    role,
    name: user?.name ?? '',
    orgId,
    carousel: carousel.items,
    sections,
    asOf: now.toISOString(),
  };
}
