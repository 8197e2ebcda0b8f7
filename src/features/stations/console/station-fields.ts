import type * as z from 'zod/mini';
import type { EditStationInput, StationDetail } from '@contracts/stations';
import type { StationKind, WaterwayId } from '@contracts/stations-catalog';

/** The station editor's form: numbers as typed, checked on save by the contract (and the server). */
export interface StationForm {
  name: string;
  kind: StationKind;
  address: string;
  port: string;
  lat: string;
  lng: string;
  waterwayId: WaterwayId | null;
  km: string;
  mooring: string;
  shuttle: string;
  arrivalNote: string;
  phones: Array<{ label: string; number: string }>;
  photos: string[];
  parcel: { recipient: string; phone: string; address: string; note: string } | null;
}

export const blankStation = (): StationForm => ({
  name: '',
  kind: 'crew_station',
  address: '',
  port: '',
  lat: '',
  lng: '',
  waterwayId: null,
  km: '',
  mooring: '',
  shuttle: '',
  arrivalNote: '',
  phones: [{ label: '值班电话', number: '' }],
  photos: [],
  parcel: null,
});

export const formOf = (s: StationDetail): StationForm => ({
  name: s.name,
  kind: s.kind,
  address: s.address,
  port: s.port,
  lat: String(s.location.lat),
  lng: String(s.location.lng),
  waterwayId: (s.waterway?.id as WaterwayId | undefined) ?? null,
  km: s.waterway ? String(s.waterway.km) : '',
  mooring: s.arrival.mooring,
  shuttle: s.arrival.shuttle,
  arrivalNote: s.arrival.note,
  phones: s.phones.map((p) => ({ ...p })),
  photos: s.photos,
  parcel: s.parcel ? { ...s.parcel } : null,
});

export type StationFields = Omit<z.infer<typeof EditStationInput>, 'stationId'>;

/** The contract's station fields from the form, or what to fix first. */
export function stationFields(f: StationForm): { fields: StationFields } | { error: string } {
  const lat = Number(f.lat);
  const lng = Number(f.lng);
  if (!f.lat.trim() || !f.lng.trim() || !Number.isFinite(lat) || !Number.isFinite(lng)) return { error: '请填写驿站的纬度和经度（如 35.405、116.587）' };
  const km = Number(f.km);
  if (f.waterwayId && (!f.km.trim() || !Number.isFinite(km) || km < 0)) return { error: '请填写航道里程（公里）' };
  return {
    fields: {
      name: f.name.trim(),
      kind: f.kind,
      address: f.address.trim(),
      port: f.port.trim(),
      location: { lat, lng },
      waterway: f.waterwayId ? { id: f.waterwayId, km } : null,
      arrival: { mooring: f.mooring.trim(), shuttle: f.shuttle.trim(), note: f.arrivalNote.trim() },
      phones: f.phones.filter((p) => p.number.trim()).map((p) => ({ label: p.label.trim() || '电话', number: p.number.trim() })),
      photos: f.photos,
      parcel: f.parcel ? { recipient: f.parcel.recipient.trim(), phone: f.parcel.phone.trim(), address: f.parcel.address.trim(), note: f.parcel.note.trim() } : null,
    },
  };
}
