import * as z from 'zod/mini';
import './validation';
import type { CarouselItem } from './brands';
import type { CertificateReminder } from './certificates';
import type { StarInfo } from './points';
import type { StationSummary } from './stations';

/**
 * 首页: one call that knows who is asking. The carousel of featured brands and projects, then what
 * this person needs now — by their role, each role's sections read from the cores that own them
 * (brands carousel, points totals, claim and join queues, volunteer, stations, certificates).
 */

/**
 * Who the page is for. visitor: signed out (h5) or no profile yet (weapp: everyone has an openid);
 * a person with several roles gets the most responsible one (admin > secretary > staff > member > crew).
 */
export type HomeRole = 'visitor' | 'crew' | 'member' | 'secretary' | 'staff' | 'admin';

/** The activity a member is signed up for next. */
export interface HomeActivity {
  id: string;
  title: string;
  startAt: string;
  place: string;
  branchName: string;
  /** enrolled, or in line (候补). */
  waitlisted: boolean;
}

/** A booking on the station's board today, as the home card lists it. */
export interface HomeBooking {
  id: string;
  start: string;
  end: string;
  serviceName: string;
  /** The crew member or the ship. */
  label: string;
  people: number;
}

export type HomeSection =
  /** The nearest station open now (by the position given), else the first open one in list order. */
  | { kind: 'nearestStation'; station: StationSummary | null; byDistance: boolean }
  /** 12395 and how to use it. */
  | { kind: 'hotline'; name: string; number: string; note: string }
  /** The certificate closest to expiry among the reminders due. */
  | { kind: 'certificate'; reminder: CertificateReminder }
  /** This year's points, star and the gap to the next star. */
  | { kind: 'points'; year: number; total: number; star: StarInfo | null; nextStar: (StarInfo & { missing: number }) | null }
  | { kind: 'nextActivity'; activity: HomeActivity | null }
  /** A secretary's waiting work: claims to decide, join requests, activities that ended and wait to be closed. */
  | {
      kind: 'branchTodo';
      branchId: string;
      claims: number;
      joins: number;
      toClose: number;
      /** The activity that ended first, to open from the card. */
      firstToClose: { id: string; title: string } | null;
    }
  /** A station's bookings today. */
  | {
      kind: 'stationToday';
      stationId: string;
      stationName: string;
      statusLabel: string;
      date: string;
      /** Booked and not yet served. */
      waiting: number;
      served: number;
      waitlisted: number;
      /** The next ones still to come, at most 3. */
      next: HomeBooking[];
    }
  /** The org admin's organisation at a glance (组织概况 has the charts). */
  | {
      kind: 'orgOverview';
      year: number;
      members: number;
      volunteerHours: number;
      activitiesHeld: number;
      averagePoints: number;
      claims: number;
      joins: number;
    };

export type HomeSectionKind = HomeSection['kind'];

export interface Home {
  role: HomeRole;
  /** The person's name ('' for a visitor or someone without a profile). */
  name: string;
  /** The organisation the carousel is of; null when there is none to show. */
  orgId: string | null;
  carousel: CarouselItem[];
  sections: HomeSection[];
  asOf: string;
}

/** An organisation with published showcases, for the showcase lists' organisation picker. */
export interface ShowcaseOrg {
  id: string;
  name: string;
}

const lat = z.number().check(z.gte(-90, '纬度无效'), z.lte(90, '纬度无效'));
const lng = z.number().check(z.gte(-180, '经度无效'), z.lte(180, '经度无效'));

/** The phone's last known position, if the app has one (it never asks for one to open the home page). */
export const HomeInput = z.optional(z.strictObject({ lat: z.optional(lat), lng: z.optional(lng) }));

export const ShowcaseOrgsInput = z.optional(z.strictObject({}));
