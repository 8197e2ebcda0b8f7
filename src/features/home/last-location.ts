import Taro from '@tarojs/taro';

/**
 * The phone's last known position, kept on the device (not per person): the home page never asks
 * for a position itself, it sends the last one the stations pages got, if any.
 * NOTE: the stations pages (src/features/stations/) call rememberLocation when they get a fix.
 */
const KEY = 'rs.lastLocation';
/** Older than this, a position says little about where a ship is now. */
const MAX_AGE_MS = 24 * 3600_000;

interface Stored {
  lat: number;
  lng: number;
  at: number;
}

export function rememberLocation(lat: number, lng: number): void {
  Taro.setStorageSync(KEY, { lat, lng, at: Date.now() } satisfies Stored);
}

export function lastLocation(): { lat: number; lng: number } | undefined {
  const s = Taro.getStorageSync(KEY) as Stored | '' | undefined;
  if (!s || typeof s !== 'object' || Date.now() - s.at > MAX_AGE_MS) return undefined;
  // Two decimals (about a kilometre) is all the nearest station needs.
  return { lat: Math.round(s.lat * 100) / 100, lng: Math.round(s.lng * 100) / 100 };
}
