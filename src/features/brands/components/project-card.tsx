import { Text, View } from '@tarojs/components';
import { PROJECT_STAGES, REVIEW_OUTCOMES, type ProjectCard as Card } from '@contracts/brands-projects';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { go } from '@/ui/navigate';
import { beforeAfterText } from './before-after';
import './project-card.scss';

export const projectPage = (id: string) => `/packages/brands/pages/project/index?id=${encodeURIComponent(id)}`;

/** A 书记项目 in a list: who leads it, where it stands, its headline result. */
export function ProjectCard({ project: p }: { project: Card }) {
  return (
    <View className='project-card' data-tap='open-project' onClick={() => go(projectPage(p.id))}>
      {p.cover ? (
        <View className='project-card__frame'>
          <TapImage className='project-card__img' src={fileUrl(p.cover)} />
        </View>
      ) : null}
      <View className='project-card__body'>
        <View className='project-card__tags'>
          <Text className='project-card__tag'>{p.stage ? PROJECT_STAGES[p.stage] : '筹备中'}</Text>
          {p.review ? <Text className='project-card__tag project-card__tag--review'>验收{REVIEW_OUTCOMES[p.review]}</Text> : null}
          {p.overdueTasks > 0 ? <Text className='project-card__tag project-card__tag--late'>{p.overdueTasks} 项任务逾期</Text> : null}
        </View>
        <Text className='project-card__title'>{p.title}</Text>
        <Text className='project-card__line'>
          {p.leader} · {p.branchName}
        </Text>
        {p.headline ? <Text className='project-card__headline'>{beforeAfterText(p.headline)}</Text> : null}
        <Text className='project-card__meta'>
          {p.year}年 · 浏览 {p.views} · 点赞 {p.likes}
        </Text>
      </View>
    </View>
  );
}
