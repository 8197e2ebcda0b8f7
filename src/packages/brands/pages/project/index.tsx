import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { BRAND_CACHE } from '@/features/brands/cache';
import { BeforeAfterList } from '@/features/brands/components/before-after';
import { BlockList } from '@/features/brands/components/blocks';
import { ShowcaseCover } from '@/features/brands/components/cover';
import { EngagementBar } from '@/features/brands/components/engagement';
import { EntryList } from '@/features/brands/components/entry-list';
import { LinkedActivities } from '@/features/brands/components/linked-activities';
import { ReviewCard } from '@/features/brands/components/review-card';
import { Prose, Section } from '@/features/brands/components/section';
import { StageTimeline } from '@/features/brands/components/stage-timeline';
import { TaskList } from '@/features/brands/components/task-list';
import { useCountView } from '@/features/brands/use-view';
import { useRemote } from '@/hooks/use-remote';
import { go } from '@/ui/navigate';

/** 书记项目: background, problem, measures, expected; the stages, results, tasks, ledger, 验收 and activities. */
export default function ProjectPage() {
  const { params } = useRouter();
  const id = params['id'] ?? '';
  const detail = useRemote(() => call('brands', 'project', { id }), [id], { cache: BRAND_CACHE.project });
  useCountView('project', id);
  useShareAppMessage(() => ({
    title: detail.data?.share.title ?? '书记项目',
    path: detail.data?.share.path ?? `/packages/brands/pages/project/index?id=${id}`,
    imageUrl: detail.data?.share.imageUrl ?? undefined,
  }));
  const gate = beforeData(detail);
  if (gate) return <Screen>{gate}</Screen>;
  const d = detail.data!;
  const p = d.project;
  return (
    <Screen>
      <DataAge savedAt={detail.savedAt} />
      <ShowcaseCover cover={p.cover} title={p.title} subtitle={p.leader} owner={`${p.branchName} · ${p.orgName} · ${p.year}年`} />
      <EngagementBar kind='project' id={p.id} engagement={d.engagement} onChange={(e) => detail.mutate((x) => ({ ...x, engagement: e }))} />
      <Section title='项目背景' show={p.background.length > 0}>
        <BlockList blocks={p.background} />
      </Section>
      <Section title='拟解决的问题' show={!!p.problem}>
        <Prose text={p.problem} />
      </Section>
      <Section title='内容措施' show={p.measures.length > 0}>
        <BlockList blocks={p.measures} />
      </Section>
      <Section title='预期成效' show={!!p.expected}>
        <Prose text={p.expected} />
      </Section>
      <Section title='项目进度'>
        <StageTimeline stages={p.stages} />
      </Section>
      <Section title='成效对比' show={p.results.length > 0}>
        <BeforeAfterList results={p.results} />
      </Section>
      <Section title={p.overdueTasks ? `任务清单（${p.overdueTasks} 项逾期）` : '任务清单'} show={p.tasks.length > 0}>
        <TaskList tasks={p.tasks} />
      </Section>
      <Section title='进度台帐'>
        {d.entries.length ? <EntryList entries={d.entries} tasks={p.tasks} /> : <Text className='muted'>还没有进展记录</Text>}
      </Section>
      <Section title='评估验收'>
        <ReviewCard detail={d} onReviewed={() => void detail.reload()} />
      </Section>
      <Section title='联办活动' show={d.activities.length > 0}>
        <LinkedActivities activities={d.activities} />
      </Section>
      {d.canEdit ? (
        <View className='actions actions--page'>
          <AtButton type='primary' onClick={() => go(`/packages/brands/pages/project-entry/index?projectId=${p.id}`)}>
            记录进展
          </AtButton>
          <AtButton onClick={() => go(`/packages/brands/pages/project-edit/index?id=${p.id}`)}>编辑项目</AtButton>
        </View>
      ) : null}
    </Screen>
  );
}
