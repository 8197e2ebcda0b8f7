import { useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { hasRole, useMe } from '@/features/account/me-store';
import { BRAND_CACHE } from '@/features/brands/cache';
import { BranchTile, MainTile } from '@/features/brands/components/brand-tile';
import { EntryRow } from '@/features/brands/components/entry-row';
import { useRemote } from '@/hooks/use-remote';
import './index.scss';

/** 一主多元: the organisation's brand over its branches' brands, each with its live numbers; then 书记项目 and 党建联盟. */
export default function MatrixPage() {
  const matrix = useRemote(() => call('brands', 'matrix'), [], { cache: BRAND_CACHE.matrix });
  const { me } = useMe();
  useShareAppMessage(() => ({
    title: matrix.data ? `${matrix.data.main.name ?? matrix.data.orgName}｜一主多元党建品牌矩阵` : '党建品牌',
    path: '/packages/brands/pages/matrix/index',
  }));
  const gate = beforeData(matrix);
  if (gate) return <Screen>{gate}</Screen>;
  const m = matrix.data!;
  const editor = hasRole(me, 'org_admin') || hasRole(me, 'branch_admin');
  return (
    <Screen className='matrix-page'>
      <DataAge savedAt={matrix.savedAt} />
      <View className='matrix-page__head'>
        <Text className='matrix-page__kicker'>一主多元 · 党建品牌矩阵</Text>
        <Text className='matrix-page__org'>{m.orgName}</Text>
        <Text className='matrix-page__note'>数字为{m.year}年实时统计，来自红帆的党员、积分与志愿服务记录</Text>
      </View>
      <MainTile tile={m.main} />
      <Text className='section-title'>支部品牌（{m.tiles.length}）</Text>
      {m.tiles.map((t) => (
        <BranchTile key={t.branchId ?? 'main'} tile={t} />
      ))}
      <Text className='section-title'>书记项目与党建联盟</Text>
      <EntryRow title='书记项目' note='领题、解题、结题，进度台帐与成效' url='/packages/brands/pages/projects/index' testId='entry-projects' />
      <EntryRow title='党建联盟' note='成员单位、联动机制、资源与需求对接' url='/packages/brands/pages/alliances/index' testId='entry-alliances' />
      {editor ? (
        <>
          <EntryRow title='品牌管理' note='编辑品牌和书记项目，查看发布状态' url='/packages/brands/pages/manage/index' testId='entry-manage' />
          <EntryRow title='组织概况' note='星级分布、志愿时长、审核用时、参与率' url='/packages/brands/pages/overview/index' testId='entry-overview' />
        </>
      ) : null}
    </Screen>
  );
}
