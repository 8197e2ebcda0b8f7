// Organisations whose showcases people may browse (the 书记项目 and 党建联盟 lists' picker): every
// organisation, by name. One read of a small collection (an organisation is a 党委, not a person).
import type { ShowcaseOrg } from '../../../contracts/home';
import { db, getList } from '../sdk';
import { byName } from '../sort';

const ORG_LIMIT = 200;

export async function showcaseOrgs(): Promise<ShowcaseOrg[]> {
  const docs = await getList<{ _id: string; name: string }>(db.collection('orgs').limit(ORG_LIMIT).field({ _id: true, name: true }));
  return docs.sort(byName).map((o) => ({ id: o._id, name: o.name }));
}
