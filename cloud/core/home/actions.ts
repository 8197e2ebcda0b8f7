import { API } from '../../../contracts/api';
import { implement } from '../handler';
import { buildHome } from './build';
import { showcaseOrgs } from './orgs';

export const homeActions = {
  /** The caller's home page: the carousel and their role's sections. */
  get: implement(API.home.get, ({ caller, now }, input) => buildHome(caller.openid, input, now)),
  orgs: implement(API.home.orgs, () => showcaseOrgs()),
};
