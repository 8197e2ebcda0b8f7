import type { FileStore } from '../storage/file-store';
import { encode } from '../store/codec';
import type { Database } from '../store/database';
import { StoreError } from '../store/errors';
import type { AnyObject } from '../store/types';
import { docIdParam, ejsonParam, limitParam, project, sortParam, stringParam } from './params';
import { batchDeleteFile, batchGetDownloadUrl } from './storage-actions';
import { encodeStored } from './encoded-docs';

/**
 * Answers the CloudBase `database.*` actions that wx-server-sdk sends, in the
 * shapes the SDK reads back (`data.list` of EJSON strings, `data.updated`, ...).
 */
type Params = AnyObject;
type Handler = (db: Database, p: Params, files: FileStore | null) => AnyObject;

const handlers: Record<string, Handler> = {
  'database.getDocument': (db, p) => {
    const coll = stringParam(p['collectionName'], 'collectionName');
    const query = ejsonParam(p['query'], 'query');
    const projection = ejsonParam(p['projection'], 'projection');
    const txId = p['transactionId'] as string | undefined;
    if (txId) {
      const doc = db.txGet(txId, coll, docIdParam(query));
      return { data: { list: project(doc ? [doc] : [], projection).map(encode) } };
    }
    const docs = db.find(coll, query, {
      sort: sortParam(p['order']),
      skip: Math.max(0, Number(p['offset'] ?? 0) || 0),
      limit: p['queryType'] === 'DOC' ? 1 : limitParam(p['limit']),
    });
    return { data: { list: encodeStored(docs, projection, typeof p['projection'] === 'string' ? p['projection'] : '') } };
  },

  'database.calculateDocument': (db, p) => ({
    data: { total: db.count(stringParam(p['collectionName'], 'collectionName'), ejsonParam(p['query'], 'query')) },
  }),

  'database.insertDocument': (db, p) => {
    const coll = stringParam(p['collectionName'], 'collectionName');
    const raw = Array.isArray(p['data']) ? p['data'] : [p['data']];
    const docs = raw.map((d) => ejsonParam(d, 'data'));
    const txId = p['transactionId'] as string | undefined;
    if (txId) return { data: { insertedIds: docs.map((d) => db.txInsert(txId, coll, d)) } };
    return { data: { insertedIds: db.insert(coll, docs) } };
  },

  'database.modifyDocument': (db, p) => {
    const coll = stringParam(p['collectionName'], 'collectionName');
    const query = ejsonParam(p['query'], 'query');
    const data = ejsonParam(p['data'], 'data');
    const merge = p['merge'] !== false;
    const upsert = p['upsert'] === true;
    const txId = p['transactionId'] as string | undefined;
    const r = txId
      ? db.txModify(txId, coll, docIdParam(query), data, { merge, upsert })
      : db.modify(coll, query, data, { multi: p['multi'] === true, merge, upsert });
    return { data: { updated: r.updated, upsert_id: r.upsertId } };
  },

  'database.modifyAndReturnDoc': (db, p) => {
    const coll = stringParam(p['collectionName'], 'collectionName');
    const r = db.modify(coll, ejsonParam(p['query'], 'query'), ejsonParam(p['data'], 'data'), {
      multi: false,
      merge: true,
      upsert: false,
    });
    return { data: { updated: r.updated, doc: r.doc ? encode(r.doc) : undefined } };
  },

  'database.removeDocument': (db, p) => {
    const coll = stringParam(p['collectionName'], 'collectionName');
    const query = ejsonParam(p['query'], 'query');
    const txId = p['transactionId'] as string | undefined;
    const deleted = txId ? db.txRemove(txId, coll, docIdParam(query)) : db.remove(coll, query, { multi: p['multi'] === true });
    return { data: { deleted } };
  },

  'database.aggregateDocuments': (db, p) => {
    const coll = stringParam(p['collectionName'], 'collectionName');
    const stages = Array.isArray(p['stages']) ? (p['stages'] as Array<{ stageKey: string; stageValue: string }>) : [];
    const pipeline = stages.map((s) => ({ [s.stageKey]: ejsonParam(s.stageValue, s.stageKey) }));
    return { data: { list: db.aggregate(coll, pipeline).map(encode) } };
  },

  'database.startTransaction': (db) => ({ transactionId: db.beginTransaction() }),
  'storage.batchGetDownloadUrl': (_db, p, files) => batchGetDownloadUrl(files, p),
  'storage.batchDeleteFile': (_db, p, files) => batchDeleteFile(files, p),
  'database.commitTransaction': (db, p) => {
    db.commitTransaction(stringParam(p['transactionId'], 'transactionId'));
    return {};
  },
  'database.abortTransaction': (db, p) => {
    db.abortTransaction(stringParam(p['transactionId'], 'transactionId'));
    return {};
  },
};

export const supportedActions = Object.keys(handlers);

let requestSeq = 0;

/** Runs one SDK request (database, and the storage look-up from `files`); failures come back as `{ code, message }` as CloudBase sends them. */
export function handleDatabaseAction(db: Database, params: AnyObject, files: FileStore | null = null): AnyObject {
  const requestId = `local-${Date.now().toString(36)}-${(++requestSeq).toString(36)}`;
  const action = String(params['action'] ?? '');
  const handler = handlers[action];
  if (!handler) {
    return { requestId, code: 'INVALID_PARAM', message: `本地云不支持的操作：${action}` };
  }
  try {
    return { requestId, ...handler(db, params, files) };
  } catch (err) {
    if (err instanceof StoreError) return { requestId, code: err.code, message: err.message };
    return { requestId, code: 'DATABASE_REQUEST_FAILED', message: (err as Error).message };
  }
}
