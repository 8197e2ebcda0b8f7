import { Picker, Text } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import type { ShowcaseOrg } from '@contracts/home';
import { call } from '@/api/client';
import { useRemote } from '@/hooks/use-remote';
import { BRAND_CACHE } from '../cache';
import { EntryRow } from './entry-row';

/** Organisations to browse (cached: the picker opens offline too). */
export function useShowcaseOrgs(): ShowcaseOrg[] {
  return useRemote(() => call('home', 'orgs'), [], { cache: BRAND_CACHE.orgs }).data ?? [];
}

/** This year and the five before it, newest first. */
export function recentYears(now = new Date()): number[] {
  const year = Number(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  return Array.from({ length: 6 }, (_v, i) => year - i);
}

/**
 * Which organisation (and year) a showcase list is of. `orgId` null: the server's default, the
 * person's own organisation (or the deployment's home one), named `defaultName` here.
 */
export function ShowcaseFilters({
  orgs,
  orgId,
  onOrg,
  defaultName,
  year,
  onYear,
}: {
  orgs: readonly ShowcaseOrg[];
  orgId: string | null;
  onOrg: (id: string) => void;
  defaultName: string;
  year?: number;
  onYear?: (year: number) => void;
}) {
  const years = recentYears();
  const current = orgs.find((o) => o.id === orgId);
  return (
    <AtList>
      <Picker mode='selector' range={orgs.map((o) => o.name)} value={Math.max(0, orgs.indexOf(current!))} onChange={(e) => onOrg(orgs[Number(e.detail.value)]!.id)}>
        <AtListItem title='单位' extraText={current?.name ?? defaultName} arrow='right' />
      </Picker>
      {year !== undefined && onYear ? (
        <Picker mode='selector' range={years.map((y) => `${y}年`)} value={Math.max(0, years.indexOf(year))} onChange={(e) => onYear(years[Number(e.detail.value)]!)}>
          <AtListItem title='年度' extraText={`${year}年`} arrow='right' />
        </Picker>
      ) : null}
    </AtList>
  );
}

/** When the organisation shown has nothing of this kind: the others, one tap each. */
export function OtherOrgs({ orgs, orgId, onOrg, what }: { orgs: readonly ShowcaseOrg[]; orgId: string | null; onOrg: (id: string) => void; what: string }) {
  const others = orgs.filter((o) => o.id !== orgId);
  if (others.length === 0) return null;
  return (
    <>
      <Text className='section-title'>看看其他单位的{what}</Text>
      {others.map((o) => (
        <EntryRow key={o.id} title={o.name} onTap={() => onOrg(o.id)} testId={`org-${o.id}`} />
      ))}
    </>
  );
}
