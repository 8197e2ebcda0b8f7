import { API } from '../../../contracts/api';
import { implement } from '../handler';
import { listMessages, markRead } from './messages';
import { recordAccepts } from '../subscribe/actions';

// Messages are the caller's own: identity from the context is the whole scope check.
export const messagesActions = {
  list: implement(API.messages.list, ({ caller }, input) => listMessages(caller.openid, input?.cursor)),
  markRead: implement(API.messages.markRead, ({ caller }, input) => markRead(caller.openid, input.ids)),
  subscribed: implement(API.messages.subscribed, ({ caller, now }, input) => recordAccepts(caller.openid, input.templateIds, now)),
};
