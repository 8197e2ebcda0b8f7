// What every benchmark starts from: an in-process local cloud running the function sources under
// strict indexes (a query no declared index serves fails the bench), and bulk loading straight into
// the store.
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../cloud/local/server';

export function startBenchCloud(): Promise<LocalCloud> {
  return startLocalCloud({
    dataDir: null,
    functionsDir: path.join(__dirname, '..', 'cloud', 'functions'),
    devLogin: true,
    strictIndexes: true,
    host: '127.0.0.1',
    log: () => {},
  });
}

/** The store checks a batch's ids pairwise per collection: keep batches modest. */
const BATCH = 500;

export function insertBatched(cloud: LocalCloud, coll: string, docs: object[]): void {
  for (let i = 0; i < docs.length; i += BATCH) cloud.db.insert(coll, docs.slice(i, i + BATCH) as Array<Record<string, unknown>>);
}

/** A bench organisation and its branches (第1党支部 …), ids `bb<n>`. */
export function seedBenchOrg(cloud: LocalCloud, orgId: string, branches: number): void {
  cloud.db.insert('orgs', [{ _id: orgId, name: '压测党委' }]);
  insertBatched(
    cloud,
    'branches',
    Array.from({ length: branches }, (_v, b) => ({ _id: `bb${b}`, orgId, name: `第${b + 1}党支部`, brand: null, inviteCode: null })),
  );
}
