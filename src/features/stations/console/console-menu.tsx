import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { saveFile } from '@/features/points/save-file';
import { go } from '@/ui/navigate';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ADMIN = '/packages/admin/pages';

/** The rest of the console: the station's details, hours and closure, services and slots, notices and parcels, poster, export. */
export function ConsoleMenu({ stationId, date }: { stationId: string; date: string }) {
  const { busy, run } = useBusy();
  const exportPeriod = (period: string) =>
    run(async () => {
      const file = await call('stations', 'exportBookings', { stationId, period });
      // As the points export: a download on h5, openDocument on weapp (to forward or save).
      await saveFile(file.fileName, file.base64, XLSX);
    }, '导出');
  const q = `?stationId=${stationId}`;
  return (
    <AtList>
      <AtListItem title='临时关闭与开放时间' note='大风停航等临时关闭、每周开放时间、节假日' arrow='right' onClick={() => go(`${ADMIN}/station-hours/index${q}`)} />
      <AtListItem title='服务与预约时段' note='服务时间、确认服务、预约时段，停约某天或某个时段' arrow='right' onClick={() => go(`${ADMIN}/station-services/index${q}`)} />
      <AtListItem title='公告与快递' note='发布公告，登记快递到站' arrow='right' onClick={() => go(`${ADMIN}/station-notices/index${q}`)} />
      <AtListItem title='驿站信息' note='名称、地址、电话、水上到达、快递代收地址' arrow='right' onClick={() => go(`${ADMIN}/station-edit/index${q}`)} />
      <AtListItem title='驿站二维码海报' note='船员扫码直接打开本驿站' arrow='right' onClick={() => go(`${ADMIN}/station-poster/index${q}`)} />
      <AtListItem title={`导出 ${date} 的预约（.xlsx）`} arrow='right' disabled={busy} onClick={() => void exportPeriod(date)} />
      <AtListItem title={`导出 ${date.slice(0, 7)} 整月预约（.xlsx）`} arrow='right' disabled={busy} onClick={() => void exportPeriod(date.slice(0, 7))} />
    </AtList>
  );
}
