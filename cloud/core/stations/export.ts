// A day's or a month's bookings of a station as .xlsx (exceljs, loaded on first use as points export does).
import type * as ExcelJS from 'exceljs';
import { serviceName } from '../../../contracts/stations-catalog';
import { chinaClock, chinaDate } from '../../../contracts/stations-hours';
import type { Actor } from '../access';
import { _, getList } from '../sdk';
import { loadManagedStation } from './scope';
import { bookings, type BookingDoc } from './slot-docs';

const STATUS: Record<BookingDoc['status'], string> = {
  pending: '处理中',
  booked: '预约成功',
  waitlisted: '候补',
  cancelled: '已取消',
  completed: '已核销',
  no_show: '未到',
  failed: '未成功',
};

const when = (d: Date | null) => (d ? `${chinaDate(d)} ${chinaClock(d)}` : '');

export async function exportBookings(actor: Actor, stationId: string, period: string): Promise<{ fileName: string; base64: string }> {
  const s = await loadManagedStation(actor, stationId);
  const [from, to] = period.length === 7 ? [`${period}-01`, `${period}-31`] : [period, period];
  const rows: BookingDoc[] = [];
  // A month can hold more than one read returns: page by (date, _id).
  for (let after: BookingDoc | null = null; ; ) {
    const where: Record<string, unknown> = after
      ? { stationId, date: _.and(_.gte(after.date), _.lte(to)), _id: _.gt(after._id) }
      : { stationId, date: _.and(_.gte(from), _.lte(to)) };
    const page = await getList<BookingDoc>(bookings().where(where).orderBy('date', 'asc').orderBy('_id', 'asc').limit(1000));
    rows.push(...page.filter((b) => !after || b.date > after.date || b._id > after._id));
    if (page.length < 1000) break;
    after = page[page.length - 1]!;
  }
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.name.localeCompare(b.name, 'zh-CN'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const sheet = new Workbook().addWorksheet(`${period} 预约`);
  sheet.addRow(['日期', '时段', '服务', '姓名', '船名', 'MMSI', '人数', '电话', '状态', '核销时间', '备注']).font = { bold: true };
  for (const b of rows.filter((x) => x.status !== 'failed' && x.status !== 'pending')) {
    sheet.addRow([b.date, `${b.start}-${b.end}`, serviceName(b.serviceId), b.name, b.ship?.name ?? '', b.ship?.mmsi ?? '', b.people, b.phone, STATUS[b.status], when(b.usedAt), b.note]);
  }
  sheet.columns.forEach((c) => (c.width = 14));
  const base64 = Buffer.from(await sheet.workbook.xlsx.writeBuffer()).toString('base64');
  return { fileName: `${s.name}-${period}-预约.xlsx`, base64 };
}
