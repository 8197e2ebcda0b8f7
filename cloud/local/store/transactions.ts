import { randomUUID } from 'node:crypto';
import { StoreError } from './errors';
import type { Doc, DocId, WriteOp } from './types';

/** A transaction's reads (with the version seen) and buffered writes. */
export interface TxState {
  id: string;
  startedAt: number;
  reads: Map<string, { coll: string; id: DocId; version: number }>;
  writes: Map<string, WriteOp>;
}

const TX_TTL_MS = 60_000;

export function txKey(coll: string, id: DocId): string {
  return `${coll}\u0000${typeof id}:${String(id)}`;
}

/** Open optimistic transactions; validated against document versions at commit. */
export class TransactionTable {
  private readonly open = new Map<string, TxState>();

  begin(now = Date.now()): TxState {
    for (const [id, tx] of this.open) if (now - tx.startedAt > TX_TTL_MS) this.open.delete(id);
    const tx: TxState = { id: randomUUID(), startedAt: now, reads: new Map(), writes: new Map() };
    this.open.set(tx.id, tx);
    return tx;
  }

  get(id: string): TxState {
    const tx = this.open.get(id);
    if (!tx) throw new StoreError('DATABASE_TRANSACTION_NOT_FOUND', `事务 ${id} 不存在或已结束`);
    return tx;
  }

  end(id: string): void {
    this.open.delete(id);
  }
}

/** The document a transaction sees: its own write if any, else the committed one. */
export function bufferedDoc(tx: TxState, key: string): { hit: boolean; doc?: Doc } {
  const w = tx.writes.get(key);
  if (!w) return { hit: false };
  return { hit: true, doc: 'put' in w ? w.put : undefined };
}
