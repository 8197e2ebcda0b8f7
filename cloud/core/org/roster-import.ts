import type * as z from 'zod/mini';
import { hasHiddenCharacters, normalizeText } from '../../../contracts/fields';
import type { ImportRosterInput, RosterImportResult } from '../../../contracts/org';
import { listBranchDocs } from './branches';
import type { RosterDoc } from './docs';
import { insertRosterRows, phonesInRoster } from './roster';
import { readRosterFile, type RosterFileRow } from './roster-file';

const PHONE = /^1\d{10}$/;

/** Adds a roster file's people to the org's roster; rows that cannot be used are reported, not fatal. */
export async function importRoster(
  orgId: string,
  importedBy: string,
  input: z.output<typeof ImportRosterInput>,
  now: Date,
): Promise<RosterImportResult> {
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
  for (const row of rows) {
    const reason = problem(row, branchIds, listed, inFile);
    if (reason) {
      skipped.push({ line: row.line, reason });
      continue;
    }
    inFile.add(row.phone);
    const branchId = branchIds.get(row.branch)!;
    fresh.push({ orgId, name: row.name, phone: row.phone, branchId, claimedBy: null, importedAt: now, importedBy });
  }
  await insertRosterRows(fresh);
  return { imported: fresh.length, skipped };
}

function problem(
  row: RosterFileRow,
  branchIds: ReadonlyMap<string, string>,
  listed: ReadonlySet<string>,
  inFile: ReadonlySet<string>,
): string | null {
  if (!row.name) return '缺少姓名';
  if (hasHiddenCharacters(row.name)) return '姓名不能包含不可见字符或控制字符';
  if (row.name.length > 20) return '姓名超过 20 个字';
  if (!PHONE.test(row.phone)) return row.phone ? '手机号应为 1 开头的 11 位数字' : '缺少手机号';
  if (!row.branch) return '缺少支部';
  if (!branchIds.has(row.branch)) return `找不到支部“${row.branch}”`;
  if (listed.has(row.phone)) return '该手机号已在名册中';
  if (inFile.has(row.phone)) return '该手机号在文件中重复';
  return null;
}
