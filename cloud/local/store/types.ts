/** A stored document. `_id` is always present once stored. */
export type DocId = string | number;
export type Doc = { _id: DocId } & Record<string, unknown>;
export type AnyObject = Record<string, unknown>;

export type SortSpec = Array<[field: string, direction: 1 | -1]>;

export interface IndexSpec {
  name: string;
  /** Ordered fields with direction, e.g. [["branchId", 1], ["total", -1]]. */
  fields: SortSpec;
  unique?: boolean;
}

/** One write inside a commit record: put a whole document, or delete one. */
export type WriteOp =
  | { coll: string; put: Doc }
  | { coll: string; del: DocId };
