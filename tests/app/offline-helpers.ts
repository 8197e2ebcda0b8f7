import Taro from '@tarojs/taro';
import { setSession } from '../../src/api/session';
import { resetCacheMemory } from '../../src/offline/cache-store';
import { resetOutboxMemory } from '../../src/offline/outbox-store';

/** The browser going offline or online, as the h5 build hears it (navigator.onLine and its events). */
export function setOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** Signs in a demo persona (h5 keys stored data by them). */
export function signInAs(openid: string): void {
  setSession({ token: `tok_${openid}`, openid });
}

/** Empty storage and forget what was read, as on a fresh install. */
export function freshStorage(): void {
  (Taro as unknown as { clearStorageSync: () => void }).clearStorageSync();
  resetCacheMemory();
  resetOutboxMemory();
}

/** As after the app was closed and opened again: storage stays, memory goes. */
export function restart(): void {
  resetCacheMemory();
  resetOutboxMemory();
}
