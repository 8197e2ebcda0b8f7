import type * as z from 'zod/mini';
import { hasHiddenCharacters, normalizeText } from '../../../contracts/fields';
import type { ImportRosterInput, RosterImportResult } from '../../../contracts/org';
import { requestDocId } from '../request-id';
import { listBranchDocs } from './branches';
import type { RosterDoc } from './docs';
import { insertRosterRows, phonesInRoster } from './roster';
import { readRosterFile, type RosterFileRow } from './roster-file';
import { quoted } from '../../../contracts/quotes';

const PHONE = /^1\d{10}$/;

/**
 * Adds a roster file's people to the org's roster; rows that cannot be used are reported, not fatal.
 * Rows carry the import's id, so the same import sent again counts its own rows as imported.
 */
export async function importRoster(
  orgId: string,
  importedBy: string,
  input: z.output<typeof ImportRosterInput>,
  now: Date,
): Promise<RosterImportResult> {
  const importId = input.requestId ? requestDocId('import', importedBy, input.requestId) : null;
  const rows = (await readRosterFile(input.fileName, Buffer.from(input.contentBase64, 'base64'))).map((r) => ({
    ...r,
    // Names as the contracts store them (NFC); hidden characters are refused below, not stripped.
    name: normalizeText(r.name),
    branch: normalizeText(r.branch),
    phone: r.phone.replace(/[\s-]/g, ''), // 138 0000 0000, 138-0000-0000
  }));
  const [branches, listed] = await Promise.all([
    listBranchDocs(orgId),
    phonesInRoster(orgId, rows.map((r) => r.phone).filter((p) => PHONE.test(p))),
  ]);
  const branchIds = new Map(branches.map((b) => [b.name, b._id]));
  const inFile = new Set<string>();
  const fresh: Array<Omit<RosterDoc, '_id'>> = [];
  const skipped: RosterImportResult['skipped'] = [];
  let alreadyImported = 0;
  for (const row of rows) {
    const mine = importId !== null && listed.get(row.phone) === importId && !inFile.has(row.phone);
    const reason = mine ? null : problem(row, branchIds, listed, inFile);
    if (reason) {
      skipped.push({ line: row.line, reason });
      continue;
    }
    inFile.add(row.phone);
    if (mine) {
      alreadyImported += 1; // added by an earlier run of this same import
      continue;
    }
    const branchId = branchIds.get(row.branch)!;
    fresh.push({ orgId, name: row.name, phone: row.phone, branchId, claimedBy: null, importedAt: now, importedBy, importId });
  }
  await insertRosterRows(fresh);
  return { imported: alreadyImported + fresh.length, skipped };
}

function problem(
  row: RosterFileRow,
  branchIds: ReadonlyMap<string, string>,
  listed: ReadonlyMap<string, unknown>,
  inFile: ReadonlySet<string>,
): string | null {
  if (!row.name) return '缺少姓名';
  if (hasHiddenCharacters(row.name)) return '姓名不能包含不可见字符或控制字符';
  if (row.name.length > 20) return '姓名超过 20 个字';
  if (!PHONE.test(row.phone)) return row.phone ? '手机号应为 1 开头的 11 位数字' : '缺少手机号';
  if (!row.branch) return '缺少支部';
  if (!branchIds.has(row.branch)) return `找不到支部${quoted(row.branch)}`;
  if (listed.has(row.phone)) return '该手机号已在名册中';
  if (inFile.has(row.phone)) return '该手机号在文件中重复';
  return null;
}
