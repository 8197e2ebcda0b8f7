import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type * as ExcelJS from 'exceljs';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, chinaDay, okData, refusedWith, ROOT, seedOrgFixture, startTestCloud } from './helpers';

describe('overview (组织概况)', () => {
  let cloud: LocalCloud;
  let o: (openid: string, action: string, data?: unknown) => Promise<any>;
  const { year } = chinaDay();
  const at = (month: number, day: number, hour = 9) =>
    new Date(
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`,
    );

  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db); // br_a1: 3 members, br_a2: 2, br_a3: 0
    const as = callerCache(cloud);
    o = async (openid, action, data) => (await as(openid))('overview', action, data);
    // Default standard stars: thresholds from the points core.
    const totals = (openid: string, branchId: string, total: number) => ({
      _id: `${year}_${openid}`,
      orgId: 'org_a',
      branchId,
      openid,
      name: openid,
      year,
      total,
      byCategory: {},
      updatedAt: new Date(),
    });
    cloud.db.insert('pointTotals', [
      totals('mem_a1', 'br_a1', 5),
      totals('sec_a1', 'br_a1', 500),
      totals('mem_a2', 'br_a2', 60),
    ]);
    cloud.db.insert('pointStandards', [
      { _id: `org_a:${year}`, kind: 'stats', orgId: 'org_a', year, members: 3, branches: { br_a1: 2, br_a2: 1 } },
    ]);
    const claim = (id: string, branchId: string, created: Date, hours: number, status = 'approved') => ({
      _id: id,
      orgId: 'org_a',
      branchId,
      openid: 'mem_a1',
      status,
      createdAt: created,
      decidedAt: new Date(created.getTime() + hours * 3600_000),
    });
    cloud.db.insert('pointClaims', [
      claim('c1', 'br_a1', at(3, 1), 2),
      claim('c2', 'br_a1', at(3, 2), 10),
      claim('c3', 'br_a1', at(3, 3), 4, 'rejected'),
      claim('c4', 'br_a2', at(3, 31, 23), 1), // 31 March 23:00 China time: March, not April
      { ...claim('c5', 'br_a1', at(4, 1), 0), status: 'pending', decidedAt: null },
    ]);
    const act = (id: string, branchId: string, startAt: Date) => ({
      _id: id,
      orgId: 'org_a',
      branchId,
      status: 'finished',
      startAt,
      audience: 'public',
      title: id,
    });
    cloud.db.insert('activities', [
      act('oa1', 'br_a1', at(2, 10)),
      act('oa2', 'br_a2', at(5, 10)),
      act('oa3', 'br_a1', at(5, 11)),
    ]);
    const enr = (activityId: string, openid: string, hours: number) => ({
      _id: `${activityId}_${openid}`,
      activityId,
      openid,
      status: 'enrolled',
      hours,
      credited: true,
    });
    cloud.db.insert('enrollments', [
      enr('oa1', 'mem_a1', 3),
      enr('oa1', 'crew_z', 3),
      enr('oa2', 'mem_a1', 2),
      enr('oa3', 'sec_a1', 1.5),
      enr('oa2', 'mem_a2', 2),
    ]);
  });
  after(() => cloud.close());

  const row = (table: any, label: string) => table.rows.find((r: any) => r.label === label)?.values;

  it('gives the org admin four tables for the whole organisation, with totals', async () => {
    const t = okData(await o('admin_a', 'tables', {}));
    assert.equal(t.scopeName, '济宁市港航事业发展中心党委');
    assert.equal(t.year, year);
    assert.deepEqual(t.starsByBranch.columns.slice(0, 2), ['未达一星', '一星']);
    const starCount = (values: number[]) => values.reduce((a, b) => a + b, 0);
    assert.equal(starCount(row(t.starsByBranch, '机关第一党支部')), 3);
    assert.equal(
      row(t.starsByBranch, '机关第一党支部')[0],
      2,
      '5 points and one member without points are below one star',
    );
    assert.equal(starCount(row(t.starsByBranch, '合计')), 5);
    assert.deepEqual(row(t.hoursByMonth, '机关第一党支部').slice(0, 5), [0, 6, 0, 0, 1.5]);
    assert.deepEqual(row(t.hoursByMonth, '任城港航党支部')[4], 4);
    assert.equal(row(t.hoursByMonth, '合计')[4], 5.5);
    assert.equal(row(t.claimTurnaround, '机关第一党支部')[2], 4, 'median of 2, 4 and 10 hours');
    assert.equal(row(t.claimTurnaround, '任城港航党支部')[2], 1);
    assert.equal(row(t.claimTurnaround, '任城港航党支部')[3], null);
    assert.equal(row(t.claimTurnaround, '合计')[2], 3);
    assert.deepEqual(row(t.participation, '机关第一党支部'), [3, 2, 2, 66.7, 66.7]);
    assert.deepEqual(row(t.participation, '任城港航党支部'), [2, 1, 1, 50, 50]);
    assert.deepEqual(row(t.participation, '合计'), [5, 3, 3, 60, 60]);
  });

  it('gives a secretary their own branch only', async () => {
    const t = okData(await o('sec_a1', 'tables', {}));
    assert.equal(t.branchId, 'br_a1');
    assert.deepEqual(
      t.hoursByMonth.rows.map((r: any) => r.label),
      ['机关第一党支部'],
    );
    refusedWith(await o('sec_a1', 'tables', { branchId: 'br_a2' }), 'FORBIDDEN');
    refusedWith(await o('mem_a1', 'tables', {}), 'FORBIDDEN');
    refusedWith(await o('admin_b', 'tables', { branchId: 'br_a1' }), 'FORBIDDEN');
    refusedWith(await o('admin_a', 'tables', { year: 1999 }), 'INVALID_INPUT', /年份无效/);
    assert.equal(okData(await o('admin_a', 'tables', { branchId: 'br_a2' })).scopeName, '任城港航党支部');
  });

  it('exports the tables as an .xlsx workbook', async () => {
    const file = okData(await o('admin_a', 'export', {}));
    assert.equal(file.fileName, `济宁市港航事业发展中心党委-${year}年组织概况.xlsx`);
    const { Workbook } = require('exceljs') as typeof ExcelJS;
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as any);
    assert.deepEqual(
      book.worksheets.map((s) => s.name),
      ['党员星级分布', '志愿服务时长', '积分审核用时（中位数）', '党员参与率'],
    );
    assert.equal(book.getWorksheet('志愿服务时长')!.getRow(2).getCell(1).value, '机关第一党支部');
  });
});
