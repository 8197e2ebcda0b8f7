/**
 * Seeds the crew-stations demo (stations-demo-data.ts) with dates relative to `now`: a holiday
 * exception, 九江's temporary closure until tomorrow 08:00, staff confirmation stamps, a booking of
 * 张海生 and a ship's booking, and 张海生's certificates — one expiring within 30 days of the seed
 * day, so the reminder is true whenever the demo starts. Never overwrites: a station already there
 * only gets the fields it lacks (folders seeded before stations had hours keep their edits).
 */
import { addYears } from '../../../contracts/certificates';
import { addDays, chinaDate, chinaInstant } from '../../../contracts/stations-hours';
import type { CertificateDoc } from '../../core/certificates/docs';
import { rowsFor } from '../../core/stations/index-rows';
import type { StationDoc } from '../../core/stations/docs';
import { slotId, type BookingDoc, type SlotDoc } from '../../core/stations/slot-docs';
import type { Database } from '../store/database';
import type { AnyObject } from '../store/types';
import { DEMO_ORGS, DEMO_STATIONS } from './stations-demo-data';

const asDoc = (doc: object): AnyObject => ({ ...doc });

function stationsFor(now: Date): StationDoc[] {
  const today = chinaDate(now);
  return DEMO_STATIONS.map((s) => ({
    exceptions: [],
    closure: null,
    photos: [],
    parcel: null,
    ...s,
    services: s.services.map((x) => ({ ...x, confirmedOn: addDays(today, -((s.key.charCodeAt(0) % 9) + 2)) })),
    indexed: true,
    createdAt: now,
    updatedAt: now,
  }));
}

function adjust(s: StationDoc, now: Date): StationDoc {
  const today = chinaDate(now);
  if (s._id === 'st_jizhou') return { ...s, exceptions: [{ date: addDays(today, 3), spans: [{ open: '09:00', close: '12:00' }], note: '节日半天开放' }] };
  if (s._id === 'st_liangshan') return { ...s, exceptions: [{ date: addDays(today, 5), spans: [], note: '节日闭站' }] };
  if (s._id === 'st_demo_jiujiang') {
    const until = new Date(chinaInstant(addDays(today, 1), '08:00')).toISOString();
    return { ...s, closure: { reason: '大风停航', since: now.toISOString(), until } };
  }
  return s;
}

/** The next weekday (Mon–Fri) after today. */
function nextWeekday(today: string): string {
  for (let d = 1; ; d++) {
    const date = addDays(today, d);
    if (new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0) return date;
  }
}

function bookingsFor(now: Date): { slots: SlotDoc[]; bookings: BookingDoc[] } {
  const day = nextWeekday(chinaDate(now));
  const slot = (stationId: string, serviceId: SlotDoc['serviceId'], start: string, end: string, capacity: number, holders: SlotDoc['holders']): SlotDoc => {
    const taken = holders.reduce((n, h) => n + h.n, 0);
    return {
      _id: slotId(stationId, serviceId, day, start),
      stationId,
      serviceId,
      date: day,
      start,
      end,
      startAt: new Date(chinaInstant(day, start)),
      endAt: new Date(chinaInstant(day, end)),
      capacity,
      remaining: capacity - taken,
      taken,
      holders,
      queue: [],
      queued: 0,
      blocked: false,
      blockReason: null,
      createdAt: now,
    };
  };
  const certSlot = slot('st_jizhou', 'cert_help', '09:00', '10:00', 3, [{ id: 'bk_demo_crew_cert', n: 1 }]);
  const boatSlot = slot('st_anqing', 'free_boat', '10:00', '11:00', 12, [{ id: 'bk_demo_ship', n: 4 }]);
  const base = (s: SlotDoc, over: Partial<BookingDoc>): BookingDoc => ({
    _id: '',
    openid: 'demo_crew',
    name: '张海生',
    stationId: s.stationId,
    stationName: DEMO_STATIONS.find((x) => x._id === s.stationId)!.name,
    serviceId: s.serviceId,
    slotId: s._id,
    date: s.date,
    start: s.start,
    end: s.end,
    startAt: s.startAt,
    cancelDeadline: new Date(s.startAt.getTime() - 60 * 60_000),
    people: 1,
    ship: null,
    eta: null,
    phone: '13900000001',
    note: '',
    reminderRequested: true,
    certificateIds: [],
    status: 'booked',
    code: '',
    confirmed: false,
    usedAt: null,
    usedVia: null,
    usedBy: null,
    reuses: 0,
    reuseLog: [],
    failedReason: null,
    createdAt: now,
    updatedAt: now,
    ...over,
  });
  return {
    slots: [certSlot, boatSlot],
    bookings: [
      base(certSlot, { _id: 'bk_demo_crew_cert', code: 'HS7K2M', note: '海员证换发，材料请帮忙核对', certificateIds: ['cert_demo_passport'] }),
      base(boatSlot, {
        _id: 'bk_demo_ship',
        openid: 'demo_crew_ship',
        name: '马长江',
        people: 4,
        ship: { name: '皖安庆货1688', mmsi: '413812345' },
        eta: { from: new Date(boatSlot.startAt.getTime() - 30 * 60_000), to: boatSlot.startAt },
        phone: '13900000021',
        code: 'CJ88QW',
        confirmed: true,
        cancelDeadline: new Date(boatSlot.startAt.getTime() - 30 * 60_000),
      }),
    ],
  };
}

function certificatesFor(now: Date): CertificateDoc[] {
  const today = chinaDate(now);
  const cert = (id: string, over: Partial<CertificateDoc>): CertificateDoc => ({
    _id: id,
    openid: 'demo_crew',
    kind: 'other',
    title: '',
    number: '',
    issuedOn: today,
    expiresOn: null,
    photo: null,
    archivedAt: null,
    dismissed: [],
    createdAt: now,
    updatedAt: now,
    ...over,
  });
  const passportExpiry = addDays(today, 24); // within 30 days: the 30-day reminder is due
  const healthIssued = addDays(today, -400);
  const trainingExpiry = addDays(today, 75);
  return [
    cert('cert_demo_passport', { kind: 'seafarer_passport', number: 'E35826194', issuedOn: addDays(addYears(passportExpiry, -5), 1), expiresOn: passportExpiry }),
    cert('cert_demo_health', { kind: 'health', number: 'JK2024037781', issuedOn: healthIssued, expiresOn: addYears(healthIssued, 2) }),
    cert('cert_demo_rating', { kind: 'competency_rating', number: 'NH3708261972', issuedOn: '2015-03-20', expiresOn: null }),
    cert('cert_demo_training', { kind: 'training', title: '', number: 'PX20210815', issuedOn: addDays(addYears(trainingExpiry, -5), 1), expiresOn: trainingExpiry }),
    cert('cert_demo_old_health', { kind: 'health', number: 'JK2021011234', issuedOn: addDays(healthIssued, -730), expiresOn: addDays(healthIssued, -1) }),
  ];
}

function insertMissing(db: Database, coll: string, docs: object[]): number {
  const missing = docs.filter((d) => db.find(coll, { _id: (d as { _id: string })._id }).length === 0).map(asDoc);
  if (missing.length) db.insert(coll, missing);
  return missing.length;
}

export function seedStationsDemo(db: Database, now: Date = new Date()): { seeded: boolean } {
  if (db.find('_meta', { _id: 'seed_stations' }).length > 0) return { seeded: false };
  insertMissing(db, 'orgs', DEMO_ORGS.map((o) => ({ ...o, createdAt: now })));
  const stations = stationsFor(now).map((s) => adjust(s, now));
  for (const s of stations) {
    const [old] = db.find('stations', { _id: s._id });
    if (!old) db.insert('stations', [asDoc(s)]);
    else if (old['key'] === undefined) {
      // Stored before stations had hours and services: add what it lacks, keep what it has.
      const missing = Object.fromEntries(Object.entries(s).filter(([k]) => old[k] === undefined || k === 'services'));
      db.modify('stations', { _id: s._id }, { $set: missing }, { multi: false, merge: true, upsert: false });
    }
    const stored = db.find('stations', { _id: s._id })[0] as unknown as StationDoc;
    insertMissing(db, 'stationIndex', rowsFor(stored));
  }
  const { slots, bookings } = bookingsFor(now);
  insertMissing(db, 'stationSlots', slots);
  insertMissing(db, 'bookings', bookings);
  insertMissing(db, 'bookingQuotas', bookings.map((b) => ({ _id: `${b.stationId}_${b.serviceId}_${b.date}_${b.openid}`, held: [b._id], n: 1, cancels: 0 })));
  insertMissing(db, 'certificates', certificatesFor(now));
  insertMissing(db, 'certProfiles', [{ _id: 'demo_crew', birthDate: '1978-06-12', updatedAt: now }]);
  // The volunteer demo's 夏送清凉 is held at “济舟港湾”: list it on the station's page.
  db.modify('activities', { _id: 'act_demo_summer', stationId: { $exists: false } }, { $set: { stationId: 'st_jizhou' } }, { multi: false, merge: true, upsert: false });
  db.modify('_meta', { _id: 'seed_stations' }, { at: now }, { multi: false, merge: false, upsert: true });
  return { seeded: true };
}
