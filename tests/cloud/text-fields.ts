// Lists the texts a person writes through the API: every field made with contracts/fields.ts
// text(), by function, action and path, found by walking each action's input schema.
import { API } from '../../contracts/api';
import { TEXT_LABELS } from '../../contracts/fields';

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  options?: unknown[];
  in?: unknown;
  out?: unknown;
  left?: unknown;
  right?: unknown;
  valueType?: unknown;
  getter?: () => unknown;
}

const defOf = (schema: unknown): Def | null => (schema as { _zod?: { def?: Def } })?._zod?.def ?? null;

function walk(schema: unknown, path: string, out: Map<string, string>, seen: Set<unknown>): void {
  if (!schema || seen.has(schema)) return;
  const label = TEXT_LABELS.get(schema as object);
  if (label) {
    out.set(path || '(input)', label);
    return;
  }
  const def = defOf(schema);
  if (!def) return;
  seen.add(schema);
  const next = (s: unknown, p: string) => walk(s, p, out, seen);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape ?? {})) next(v, path ? `${path}.${k}` : k);
      break;
    case 'array':
      next(def.element, `${path}[]`);
      break;
    case 'record':
      next(def.valueType, `${path}{}`);
      break;
    case 'union':
      for (const o of def.options ?? []) next(o, path);
      break;
    case 'intersection':
      next(def.left, path);
      next(def.right, path);
      break;
    case 'pipe':
      next(def.in, path);
      next(def.out, path);
      break;
    case 'lazy':
      next(def.getter?.(), path);
      break;
    default:
      if (def.innerType) next(def.innerType, path);
  }
  seen.delete(schema);
}

/** `fn.action` → field path → label, for every write action with a text field. */
export function textFields(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [fn, actions] of Object.entries(API)) {
    for (const [action, contract] of Object.entries(actions as Record<string, { input: unknown; read: boolean }>)) {
      if (contract.read) continue;
      const found = new Map<string, string>();
      walk(contract.input, '', found, new Set());
      if (found.size) out[`${fn}.${action}`] = Object.fromEntries([...found].sort());
    }
  }
  return out;
}
