import { useState } from 'react';
import { useShareAppMessage } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { DataAge } from '@/components/data-age';
import { useMe } from '@/features/account/me-store';
import { BRAND_CACHE } from '@/features/brands/cache';
import { AllianceCard } from '@/features/brands/components/alliance-card';
import { OtherOrgs, ShowcaseFilters, useShowcaseOrgs } from '@/features/brands/components/filters';
import { useRemote } from '@/hooks/use-remote';

/** 党建联盟 of an organisation. */
export default function AlliancesPage() {
  const { me } = useMe();
  const orgs = useShowcaseOrgs();
  const [orgId, setOrgId] = useState<string | null>(null);
  const list = useRemote(() => call('brands', 'alliances', orgId ? { orgId } : {}), [orgId], { cache: BRAND_CACHE.alliances });
  useShareAppMessage(() => ({ title: '党建联盟', path: '/packages/brands/pages/alliances/index' }));
  const gate = beforeData(list);
  return (
    <Screen>
      <ShowcaseFilters orgs={orgs} orgId={orgId} onOrg={setOrgId} defaultName={me?.org?.name ?? '本单位'} />
      <DataAge savedAt={list.savedAt} />
      {gate ??
        (list.data!.length === 0 ? (
          <>
            <Text className='load-more'>这个单位还没有发布的党建联盟</Text>
            <OtherOrgs orgs={orgs} orgId={orgId ?? me?.org?.id ?? null} onOrg={setOrgId} what='党建联盟' />
          </>
        ) : (
          list.data!.map((a) => <AllianceCard key={a.id} alliance={a} />)
        ))}
    </Screen>
  );
}
