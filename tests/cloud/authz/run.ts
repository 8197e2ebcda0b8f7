// Runs the matrix's cells: builds each cell's fresh target, calls as the role's caller, and says
// where the answer differs from the table (allowed: ok and its check; refused: the row's code).
import { CALLERS, ROLES, type Role, type World } from './fixtures';
import { isAllowed, scopesOf, type Cell, type Outcome, type Row, type Scope } from './table';

export interface RowResult {
  allowed: number;
  denied: number;
  /** One line per cell that did not answer as the table says. */
  wrong: string[];
}

const plain = (body: any): Outcome =>
  body?.ok === true
    ? { allowed: true, data: body.data }
    : { allowed: false, code: String(body?.code), message: String(body?.message) };

const show = (o: Outcome) => (o.allowed ? `ok ${JSON.stringify(o.data).slice(0, 160)}` : `${o.code} ${o.message}`);

/** Stored fields no answer may carry: check-in secrets, station signing keys, who holds a seat. */
const SERVER_ONLY = new Set(['secret', 'privateKey', 'holders']);

function secretsIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretsIn(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (SERVER_ONLY.has(k) ? [`${path}.${k}`] : secretsIn(v, `${path}.${k}`)));
}

export function cellOf(role: Role, scope: Scope): Cell {
  return { role, caller: CALLERS[role], scope };
}

async function runCell(w: World, row: Row, role: Role, scope: Scope): Promise<string | null> {
  const cell = cellOf(role, scope);
  const target = await row.targets[scope]!(w, cell);
  const outcome = (row.judge ?? plain)(await w.call(cell.caller, row.fn, row.action, target.data));
  const where = `${role} × ${scope}`;
  if (isAllowed(row, role, scope)) {
    if (!outcome.allowed) return `${where}: expected allowed, got ${show(outcome)}`;
    if (target.check && !target.check(outcome.data)) return `${where}: allowed, but not as expected: ${show(outcome)}`;
    const leaked = secretsIn(outcome.data);
    return leaked.length ? `${where}: the answer carries ${leaked.join(', ')}` : null;
  }
  if (outcome.allowed) return `${where}: expected ${row.deny}, got ${show(outcome)}`;
  return outcome.code === row.deny ? null : `${where}: expected ${row.deny}, got ${show(outcome)}`;
}

/** Every role × scope cell of a row, one after another (each builds its own fixtures). */
export async function runRow(w: World, row: Row): Promise<RowResult> {
  const result: RowResult = { allowed: 0, denied: 0, wrong: [] };
  for (const scope of scopesOf(row)) {
    for (const role of ROLES) {
      const wrong = await runCell(w, row, role, scope).catch(
        (err: Error) => `${role} × ${scope}: fixture failed: ${err.message}`,
      );
      if (wrong) result.wrong.push(wrong);
      if (isAllowed(row, role, scope)) result.allowed += 1;
      else result.denied += 1;
    }
  }
  return result;
}

/** The row's input as built for a member in its first scope: valid, so only identity can refuse it. */
export async function sampleInput(w: World, row: Row): Promise<Record<string, unknown>> {
  const scope = scopesOf(row)[0]!;
  const { data } = await row.targets[scope]!(w, cellOf('member', scope));
  return (data ?? {}) as Record<string, unknown>;
}
