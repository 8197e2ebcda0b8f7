// Each station's Ed25519 key pair, made on first use with node:crypto. The private key lives only in
// `stationKeys` (server-only: no client rule may read it) and in this instance's memory; staff
// devices get the public key (base64url, 32 bytes) to check booking QRs offline.
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { findById, db, isDuplicateKey } from '../sdk';
import { STATION_KEYS, type StationKeyDoc } from './docs';

interface Loaded {
  publicKey: string;
  key: KeyObject;
}

const cache = new Map<string, Loaded>();

function load(doc: StationKeyDoc): Loaded {
  const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: doc.publicKey, d: doc.privateKey }, format: 'jwk' });
  return { publicKey: doc.publicKey, key };
}

export async function stationKey(stationId: string, now: Date): Promise<Loaded> {
  const hit = cache.get(stationId);
  if (hit) return hit;
  let doc = await findById<StationKeyDoc>(STATION_KEYS, stationId);
  if (!doc) {
    const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as { x: string; d: string };
    const fresh: StationKeyDoc = { _id: stationId, privateKey: jwk.d, publicKey: jwk.x, createdAt: now };
    try {
      await db.collection(STATION_KEYS).add({ data: fresh });
      doc = fresh;
    } catch (err) {
      // Made at the same moment by another call: use theirs.
      if (!isDuplicateKey(err)) throw err;
      doc = await findById<StationKeyDoc>(STATION_KEYS, stationId);
      if (!doc) throw err;
    }
  }
  const loaded = load(doc);
  cache.set(stationId, loaded);
  return loaded;
}

/** Ed25519 signature of the text's UTF-8 bytes, base64url. */
export function signText(key: KeyObject, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key).toString('base64url');
}
