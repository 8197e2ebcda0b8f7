import { useState } from 'react';
import { useShareAppMessage } from '@tarojs/taro';
import type { ProjectCard as Card } from '@contracts/brands-projects';
import { call } from '@/api/client';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { useMe } from '@/features/account/me-store';
import { BRAND_CACHE } from '@/features/brands/cache';
import { recentYears, ShowcaseFilters, useShowcaseOrgs } from '@/features/brands/components/filters';
import { ProjectCard } from '@/features/brands/components/project-card';
import { usePaged } from '@/hooks/use-paged';

/** 书记项目 by organisation and year, newest first. */
export default function ProjectsPage() {
  const { me } = useMe();
  const orgs = useShowcaseOrgs();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [year, setYear] = useState(() => recentYears()[0]!);
  const list = usePaged<Card>(
    (cursor) => call('brands', 'projects', { ...(orgId ? { orgId } : {}), year, cursor }),
    [orgId, year],
    { cache: BRAND_CACHE.projects },
  );
  useShareAppMessage(() => ({ title: '书记项目成果展', path: '/packages/brands/pages/projects/index' }));
  return (
    <Screen>
      <ShowcaseFilters orgs={orgs} orgId={orgId} onOrg={setOrgId} defaultName={me?.org?.name ?? '本单位'} year={year} onYear={setYear} />
      {list.items.map((p) => (
        <ProjectCard key={p.id} project={p} />
      ))}
      <PagedFooter list={list} empty={`${year}年还没有发布的书记项目，可以换个年度或单位看看`} />
    </Screen>
  );
}
