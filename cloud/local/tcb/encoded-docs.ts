import { encode } from '../store/codec';
import type { AnyObject, Doc } from '../store/types';
import { project } from './params';

/**
 * Stored documents are never changed in place (an update stores a changed copy), so the EJSON text
 * of a document as read — whole, or through a projection — is the same every time it is read: it is
 * kept beside the document, and goes when the document does (a WeakMap). Search rows and people's
 * documents are read far more often than written.
 */
const texts = new WeakMap<Doc, Map<string, string>>();

/** Different projections kept per document: a few shapes are read, not a new one per request. */
const PER_DOC = 4;

export function encodeStored(docs: Doc[], projection: AnyObject, projectionText: string): string[] {
  const out = docs.map((doc) => texts.get(doc)?.get(projectionText));
  const missing = docs.filter((_doc, i) => out[i] === undefined);
  if (missing.length === 0) return out as string[];
  const fresh = project(missing, projection).map(encode);
  let next = 0;
  return docs.map((doc, i) => {
    const known = out[i];
    if (known !== undefined) return known;
    const text = fresh[next++]!;
    let byShape = texts.get(doc);
    if (!byShape) texts.set(doc, (byShape = new Map()));
    if (byShape.size < PER_DOC) byShape.set(projectionText, text);
    return text;
  });
}
