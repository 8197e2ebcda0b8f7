import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { RequireRole } from '@/features/account/components/require-role';
import { hasRole, useMe } from '@/features/account/me-store';
import { BRAND_CACHE } from '@/features/brands/cache';
import { recentYears } from '@/features/brands/components/filters';
import { OverviewCharts } from '@/features/overview/overview-charts';
import { saveFile } from '@/features/points/save-file';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The org admin looks at the whole organisation or one branch; a secretary at their own branch. */
function ScopePicker({ branchId, onBranch, year, onYear }: { branchId: string | null; onBranch: (id: string | null) => void; year: number; onYear: (y: number) => void }) {
  const { me } = useMe();
  const admin = hasRole(me, 'org_admin');
  const branches = useRemote(() => (admin ? call('org', 'listBranches') : Promise.resolve([])), [admin], { cache: 'org.branches' }).data ?? [];
  const years = recentYears();
  const names = ['全单位', ...branches.map((b) => b.name)];
  return (
    <AtList>
      {admin ? (
        <Picker mode='selector' range={names} value={branchId ? branches.findIndex((b) => b.id === branchId) + 1 : 0} onChange={(e) => onBranch(branches[Number(e.detail.value) - 1]?.id ?? null)}>
          <AtListItem title='范围' extraText={branches.find((b) => b.id === branchId)?.name ?? '全单位'} arrow='right' />
        </Picker>
      ) : null}
      <Picker mode='selector' range={years.map((y) => `${y}年`)} value={Math.max(0, years.indexOf(year))} onChange={(e) => onYear(years[Number(e.detail.value)]!)}>
        <AtListItem title='年度' extraText={`${year}年`} arrow='right' />
      </Picker>
    </AtList>
  );
}

function Overview() {
  const [branchId, setBranchId] = useState<string | null>(null);
  const [year, setYear] = useState(() => recentYears()[0]!);
  const input = { ...(branchId ? { branchId } : {}), year };
  const tables = useRemote(() => call('overview', 'tables', input), [branchId, year], { cache: BRAND_CACHE.overview });
  const { busy, run } = useBusy();
  const exportAll = () =>
    run(async () => {
      const f = await call('overview', 'export', input);
      await saveFile(f.fileName, f.base64, XLSX);
    }, '导出');
  const gate = beforeData(tables);
  return (
    <>
      <ScopePicker branchId={branchId} onBranch={setBranchId} year={year} onYear={setYear} />
      <DataAge savedAt={tables.savedAt} />
      {gate ?? (
        <>
          <Text className='section-title'>
            {tables.data!.scopeName} · {tables.data!.year}年
          </Text>
          <OverviewCharts overview={tables.data!} />
          <View className='actions actions--page'>
            <AtButton loading={busy} disabled={busy} onClick={() => void exportAll()}>
              导出全部数据（表格）
            </AtButton>
          </View>
        </>
      )}
    </>
  );
}

/** 组织概况: charts of the organisation (or a branch), and the numbers behind them as a workbook. */
export default function OverviewPage() {
  return (
    <Screen>
      <RequireRole role={['org_admin', 'branch_admin']}>
        <Overview />
      </RequireRole>
    </Screen>
  );
}
