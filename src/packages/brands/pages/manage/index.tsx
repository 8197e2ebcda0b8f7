import { Text } from '@tarojs/components';
import type { ManagedItem } from '@contracts/brands';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { RequireRole } from '@/features/account/components/require-role';
import { hasRole, useMe } from '@/features/account/me-store';
import { BRAND_CACHE } from '@/features/brands/cache';
import { EntryRow } from '@/features/brands/components/entry-row';
import { PublishBadge } from '@/features/brands/components/publish-badge';
import { useRemote } from '@/hooks/use-remote';

const PAGES = '/packages/brands/pages';

function ItemRows({ items, url }: { items: readonly ManagedItem[]; url: (i: ManagedItem) => string }) {
  return (
    <>
      {items.map((i) => (
        <EntryRow key={i.id} title={i.title} note={[i.subtitle, i.year ? `${i.year}年` : ''].filter(Boolean).join(' · ')} url={url(i)} badge={<PublishBadge state={i.state} />} />
      ))}
    </>
  );
}

/**
 * 品牌管理: what this person may edit and where each draft stands — a secretary their branch's
 * brand and their own 书记项目; the org admin every brand, project and alliance, the home carousel.
 */
function Manage() {
  const { me } = useMe();
  const admin = hasRole(me, 'org_admin');
  const brands = useRemote(() => call('brands', 'manageBrands'), [], { cache: BRAND_CACHE.manage });
  const projects = useRemote(() => call('brands', 'manageProjects'), [], { cache: `${BRAND_CACHE.manage}.projects` });
  const alliances = useRemote(() => (admin ? call('brands', 'manageAlliances') : Promise.resolve([])), [admin], { cache: `${BRAND_CACHE.manage}.alliances` });
  const gate = beforeData(brands);
  if (gate) return gate;
  return (
    <>
      <DataAge savedAt={brands.savedAt} />
      <Text className='section-title'>党建品牌</Text>
      {brands.data!.map((b) => (
        <EntryRow
          key={b.brandId}
          title={b.name ?? '（尚未创建品牌）'}
          note={b.kind === 'org' ? `${b.ownerName} · 主品牌` : b.ownerName}
          url={`${PAGES}/brand-edit/index?branchId=${b.branchId ?? ''}`}
          testId={`manage-brand-${b.branchId ?? 'org'}`}
          badge={<PublishBadge state={b.state} />}
        />
      ))}
      <Text className='section-title'>书记项目</Text>
      <ItemRows items={projects.data ?? []} url={(i) => `${PAGES}/project-edit/index?id=${i.id}`} />
      <EntryRow title='新建书记项目' note='领题：项目背景、问题、措施和任务' url={`${PAGES}/project-edit/index`} testId='new-project' />
      {admin ? (
        <>
          <Text className='section-title'>党建联盟</Text>
          <ItemRows items={alliances.data ?? []} url={(i) => `${PAGES}/alliance-edit/index?id=${i.id}`} />
          <EntryRow title='新建党建联盟' note='成员单位、联动机制、共建平台' url={`${PAGES}/alliance-edit/index`} />
          <Text className='section-title'>首页</Text>
          <EntryRow title='首页轮播' note='挑选已发布的品牌、项目和联盟展示在首页' url={`${PAGES}/carousel/index`} testId='entry-carousel' />
        </>
      ) : null}
      <EntryRow title='组织概况' note='星级分布、志愿时长、审核用时、参与率' url={`${PAGES}/overview/index`} />
    </>
  );
}

export default function ManagePage() {
  return (
    <Screen>
      <RequireRole role={['branch_admin', 'org_admin']}>
        <Manage />
      </RequireRole>
    </Screen>
  );
}
