/**
 * The files the local cloud stores, by folder, as the production storage rules name them:
 * claims/<openid>/<name>.<ext> (evidence photos: the owner, their branch's secretary and
 * their org's admin may read), avatars/<openid>-<time>.<ext> (profile pictures: anyone
 * signed in may read), brands/<openid>/<name>.<ext> (showcase pictures: public, as the showcase
 * is), certificates/<openid>/<name>.<ext> (certificate photos: the owner alone reads them). Only
 * the owner writes any of them.
 */
export type StoredKind = 'claim' | 'avatar' | 'brand' | 'certificate';

export interface StoredPath {
  kind: StoredKind;
  owner: string;
  ext: ImageExt;
}

export type ImageExt = 'jpg' | 'jpeg' | 'png' | 'webp' | 'gif';

const CLAIM = /^claims\/([A-Za-z0-9_-]{1,64})\/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp|gif)$/;
const BRAND = /^brands\/([A-Za-z0-9_-]{1,64})\/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp|gif)$/;
const CERTIFICATE = /^certificates\/([A-Za-z0-9_-]{1,64})\/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp|gif)$/;
const AVATAR = /^avatars\/([A-Za-z0-9_-]{1,64})-\d{1,16}\.(jpg|jpeg|png|webp|gif)$/;

/** What a cloudPath names, or null for anything else (other folders, `..`, odd characters). */
export function parseStoredPath(cloudPath: unknown): StoredPath | null {
  if (typeof cloudPath !== 'string') return null;
  const claim = CLAIM.exec(cloudPath);
  if (claim) return { kind: 'claim', owner: claim[1]!, ext: claim[2] as ImageExt };
  const brand = BRAND.exec(cloudPath);
  if (brand) return { kind: 'brand', owner: brand[1]!, ext: brand[2] as ImageExt };
  const certificate = CERTIFICATE.exec(cloudPath);
  if (certificate) return { kind: 'certificate', owner: certificate[1]!, ext: certificate[2] as ImageExt };
  const avatar = AVATAR.exec(cloudPath);
  if (avatar) return { kind: 'avatar', owner: avatar[1]!, ext: avatar[2] as ImageExt };
  return null;
}
