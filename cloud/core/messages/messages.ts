import type { Message, Page } from '../../../contracts/points';
import { pageOf } from '../paging';
import { _, db, getCount, isDuplicateKey, type Tx } from '../sdk';

export const MESSAGES = 'messages';
const messages = () => db.collection(MESSAGES);

/** A message to one member, `_id` derived from what it is about, so it is written once. */
export interface MessageDoc {
  _id: string;
  openid: string;
  kind: Message['kind'];
  title: string;
  body: string;
  refId: string;
  read: boolean;
  createdAt: Date;
}

/** Adds the message in the transaction that made the change it reports: both happen or neither. */
export async function addMessage(tx: Tx, message: MessageDoc): Promise<void> {
  await tx.collection(MESSAGES).add({ data: message });
}

export function toMessage(m: MessageDoc): Message {
  return {
    id: m._id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    refId: m.refId,
    read: m.read,
    createdAt: new Date(m.createdAt).toISOString(),
  };
}

const PAGE = 20;

/** The caller's messages, newest first, and how many are unread. */
export async function listMessages(
  openid: string,
  cursor: string | null | undefined,
): Promise<Page<Message> & { unread: number }> {
  const [page, unread] = await Promise.all([
    pageOf<MessageDoc>(messages(), { where: { openid }, field: 'createdAt', order: 'desc', cursor, limit: PAGE }),
    getCount(messages().where({ openid, read: false })),
  ]);
  return { items: page.items.map(toMessage), cursor: page.cursor, unread };
}

/** Marks the caller's messages read: these ids (others' ids are ignored), or all of them. */
export async function markRead(openid: string, ids: readonly string[] | undefined): Promise<null> {
  if (ids?.length === 0) return null;
  const where = ids ? { openid, _id: _.in([...ids]), read: false } : { openid, read: false };
  await messages()
    .where(where)
    .update({ data: { read: true } });
  return null;
}

/** Adds a message outside a transaction; written once by its `_id`, so a retry adds nothing. */
export async function sendMessage(message: MessageDoc): Promise<void> {
  try {
    await messages().add({ data: message });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}
