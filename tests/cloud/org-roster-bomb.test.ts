// Roster uploads that would expand beyond reason: refused from the archive's own numbers (and
// a bounded inflate when those lie) before exceljs sees the file; and at most 10,000 rows.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { csvBase64, ROOT, seedOrgFixture, startTestCloud, xlsxBase64 } from './helpers';
import { caller, refused } from './join-helpers';
import { unzipFiles, zipFiles } from './zip-file';

const SHEET = 'xl/worksheets/sheet1.xml';
const MB = 1024 * 1024;

/** A real roster .xlsx whose sheet XML carries `padding` bytes of spaces: tiny zipped, huge unzipped. */
async function paddedXlsx(padding: number, declaredSize?: (actual: number) => number): Promise<string> {
  const entries = unzipFiles(
    Buffer.from(
      await xlsxBase64([
        ['姓名', '手机号', '支部'],
        ['陈一', '13800000001', '机关第一党支部'],
      ]),
      'base64',
    ),
  );
  const sheet = entries.find((e) => e.name === SHEET)!;
  const xml = sheet.data.toString('utf8');
  const at = xml.indexOf('<sheetData>');
  sheet.data = Buffer.concat([Buffer.from(xml.slice(0, at)), Buffer.alloc(padding, ' '), Buffer.from(xml.slice(at))]);
  if (declaredSize) sheet.declaredSize = declaredSize(sheet.data.length);
  return zipFiles(entries).toString('base64');
}

describe('roster upload limits', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
  });
  after(() => cloud.close());

  const upload = (fileName: string, contentBase64: string) =>
    caller(cloud, 'admin_a')('org', 'importRoster', { fileName, contentBase64 });

  it('refuses an .xlsx that says it unzips to 120 MB, clearly and without inflating it', async () => {
    const bomb = await paddedXlsx(120 * MB);
    assert.ok(bomb.length < 1_400_000, 'it fits the 1 MB upload');
    const before = process.memoryUsage().rss;
    const r = await upload('名册.xlsx', bomb);
    refused(r, 'INVALID_INPUT', /解压后超过 20 MB/);
    assert.ok(process.memoryUsage().rss - before < 60 * MB, 'the file was never expanded');
    assert.equal(cloud.db.count('roster', {}), 0);
  });

  it('refuses an .xlsx whose headers understate what it unzips to', async () => {
    const liar = await paddedXlsx(120 * MB, () => 2000);
    const before = process.memoryUsage().rss;
    refused(await upload('名册.xlsx', liar), 'INVALID_INPUT', /已损坏/);
    assert.ok(process.memoryUsage().rss - before < 60 * MB, 'inflating stopped at the declared size');
  });

  it('refuses more than 10,000 rows, in .xlsx and in .csv', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => [
      `名${i}`,
      `139${String(i).padStart(8, '0')}`,
      '机关第一党支部',
    ]);
    refused(
      await upload('大名册.xlsx', await xlsxBase64([['姓名', '手机号', '支部'], ...rows])),
      'INVALID_INPUT',
      /最多 10000 行/,
    );
    refused(
      await upload('大名册.csv', csvBase64(['姓名,手机号,支部', ...rows.map((r) => r.join(','))])),
      'INVALID_INPUT',
      /最多 10000 行/,
    );
    assert.equal(cloud.db.count('roster', {}), 0);
  });

  it('still reads an ordinary .xlsx', async () => {
    const r = await upload('名册.xlsx', await paddedXlsx(0));
    assert.deepEqual(r.data, { imported: 1, skipped: [] });
  });
});
