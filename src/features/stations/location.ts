import Taro from '@tarojs/taro';

/**
 * Where the phone is, for "which station is near" and the 求助 card.
 *
 * weapp uses wx.getFuzzyLocation, not wx.getLocation (the two are mutually exclusive in one
 * mini-program, field notes §3.7): a district-level position is enough to sort stations a few
 * kilometres apart, WeChat approves it more readily than precise location, and the waterway view
 * works from the 航道里程 the crew types, not from GPS. It needs `requiredPrivateInfos:
 * ['getFuzzyLocation']` and `permission['scope.userFuzzyLocation'].desc` in app.config.ts.
 * Coordinates are GCJ-02, as the stations', the Map's and openLocation's.
 */
export interface Position {
  lat: number;
  lng: number;
  /** When it was taken (ms). */
  at: number;
}

export type Located = { position: Position } | { refused: boolean };

const KEY = 'rs.position';
/** A position this fresh is used again instead of asking (the ship moves slowly; field notes §1.3). */
export const POSITION_TTL_MS = 5 * 60_000;

/** The last position taken on this phone, however old (the 求助 card shows its age). */
export function lastPosition(): Position | null {
  try {
    const p = Taro.getStorageSync(KEY) as Position | '';
    return p && typeof p.lat === 'number' && typeof p.lng === 'number' ? p : null;
  } catch {
    return null;
  }
}

function keep(p: Position): Position {
  try {
    Taro.setStorageSync(KEY, p);
  } catch {
    // storage full: the position is still used this time
  }
  return p;
}

async function ask(): Promise<{ latitude: number; longitude: number }> {
  if (process.env.TARO_ENV === 'weapp') return Taro.getFuzzyLocation({ type: 'gcj02' });
  // NOTE: h5 has no fuzzy location (Taro: temporarilyNotSupport) and only the browser's WGS-84
  // position; its ~0.5 km offset from GCJ-02 does not change which station is nearest.
  return Taro.getLocation({ type: 'wgs84' });
}

/** The position: a fresh stored one, or asked for now; `refused` when the person said no. */
export async function locate(maxAgeMs = POSITION_TTL_MS): Promise<Located> {
  const last = lastPosition();
  if (last && Date.now() - last.at < maxAgeMs) return { position: last };
  try {
    const r = await ask();
    return { position: keep({ lat: r.latitude, lng: r.longitude, at: Date.now() }) };
  } catch (err) {
    const msg = String((err as { errMsg?: string; message?: string })?.errMsg ?? (err as Error)?.message ?? '');
    return { refused: /auth|deny|denied|permission|拒绝/i.test(msg) };
  }
}

/**
 * After a refusal, a gentle way back: WeChat's own settings page (weapp), where the person turns
 * location on; then ask again. h5: the browser asks again, or says it is blocked.
 */
export async function grantLater(): Promise<Located> {
  if (process.env.TARO_ENV === 'weapp') {
    const s = await Taro.openSetting().catch(() => null);
    // Taro's AuthSetting type predates the fuzzy-location scope.
    const granted = (s?.authSetting as Record<string, boolean | undefined> | undefined)?.['scope.userFuzzyLocation'];
    if (!granted) return { refused: true };
  }
  return locate(0);
}

/** 北纬 30.51° 东经 117.06°: the way the 求助 card reads a position out. */
export function positionText(p: Pick<Position, 'lat' | 'lng'>): string {
  const lat = `${p.lat >= 0 ? '北纬' : '南纬'} ${Math.abs(p.lat).toFixed(4)}°`;
  const lng = `${p.lng >= 0 ? '东经' : '西经'} ${Math.abs(p.lng).toFixed(4)}°`;
  return `${lat} ${lng}`;
}
