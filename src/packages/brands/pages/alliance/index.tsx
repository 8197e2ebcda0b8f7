import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { AllianceOffer } from '@contracts/brands-alliances';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { BRAND_CACHE } from '@/features/brands/cache';
import { BlockList } from '@/features/brands/components/blocks';
import { ShowcaseCover } from '@/features/brands/components/cover';
import { EngagementBar } from '@/features/brands/components/engagement';
import { FigureGrid } from '@/features/brands/components/figure';
import { ItemList } from '@/features/brands/components/item-list';
import { LinkedActivities } from '@/features/brands/components/linked-activities';
import { MeetingList } from '@/features/brands/components/meeting-list';
import { OfferList } from '@/features/brands/components/offer-list';
import { Prose, Section } from '@/features/brands/components/section';
import { useCountView } from '@/features/brands/use-view';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { confirmAction, notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';

/** 党建联盟: purpose, member units, mechanisms, platforms, results, 联席会议, resources and needs with their matches, joint activities. */
export default function AlliancePage() {
  const { params } = useRouter();
  const id = params['id'] ?? '';
  const detail = useRemote(() => call('brands', 'alliance', { id }), [id], { cache: BRAND_CACHE.alliance });
  const { run } = useBusy();
  useCountView('alliance', id);
  useShareAppMessage(() => ({
    title: detail.data?.share.title ?? '党建联盟',
    path: detail.data?.share.path ?? `/packages/brands/pages/alliance/index?id=${id}`,
    imageUrl: detail.data?.share.imageUrl ?? undefined,
  }));
  const gate = beforeData(detail);
  if (gate) return <Screen>{gate}</Screen>;
  const d = detail.data!;
  const a = d.alliance;
  const close = async (o: AllianceOffer) => {
    if (!(await confirmAction({ title: '关闭此条', content: `“${o.title}”关闭后不再参与对接。`, confirmText: '关闭' }))) return;
    await run(async () => {
      await call('brands', 'closeOffer', { allianceId: a.id, offerId: o.id });
      notify('已关闭', { done: true });
      await detail.reload();
    }, '关闭');
  };
  return (
    <Screen>
      <DataAge savedAt={detail.savedAt} />
      <ShowcaseCover cover={a.cover} logo={a.logo} title={a.name} owner={`${a.orgName} · ${a.members.length} 家成员单位`} />
      <EngagementBar kind='alliance' id={a.id} engagement={d.engagement} onChange={(e) => detail.mutate((x) => ({ ...x, engagement: e }))} />
      <Section title='联盟宗旨' show={!!a.purpose}>
        <Prose text={a.purpose} />
      </Section>
      <Section title='联盟介绍' show={a.story.length > 0}>
        <BlockList blocks={a.story} />
      </Section>
      <Section title={`成员单位（${a.members.length}）`}>
        <ItemList items={a.members.map((m) => ({ title: m.unit, text: m.branchName, tag: m.lead ? '牵头' : undefined }))} />
      </Section>
      <Section title='联动机制' show={a.mechanisms.length > 0}>
        <ItemList items={a.mechanisms.map((m) => ({ title: m.name, text: m.text }))} />
      </Section>
      <Section title='共建平台' show={a.platforms.length > 0}>
        <ItemList items={a.platforms.map((m) => ({ title: m.name, text: m.text }))} />
      </Section>
      <Section title='共建成效' show={a.results.length > 0}>
        <FigureGrid figures={a.results} />
      </Section>
      <Section title='联席会议'>
        {d.meetings.length ? <MeetingList meetings={d.meetings} members={a.members} /> : <Text className='muted'>还没有会议记录</Text>}
      </Section>
      <Section title='资源清单'>
        <OfferList detail={d} kind='resource' onClose={close} />
      </Section>
      <Section title='需求清单与对接'>
        <OfferList detail={d} kind='need' onClose={close} />
      </Section>
      <Section title='实践活动联办' show={d.activities.length > 0}>
        <LinkedActivities activities={d.activities} />
      </Section>
      {d.canPostFor.length || d.canEdit ? (
        <View className='actions actions--page'>
          {d.canPostFor.length ? (
            <AtButton type='primary' onClick={() => go(`/packages/brands/pages/offer/index?allianceId=${a.id}`)}>
              登记资源或需求
            </AtButton>
          ) : null}
          {d.canEdit ? <AtButton onClick={() => go(`/packages/brands/pages/meeting/index?allianceId=${a.id}`)}>记录联席会议</AtButton> : null}
          {d.canEdit ? <AtButton onClick={() => go(`/packages/brands/pages/alliance-edit/index?id=${a.id}`)}>编辑联盟</AtButton> : null}
        </View>
      ) : null}
    </Screen>
  );
}
