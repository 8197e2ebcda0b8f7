import { Image, Text, View } from '@tarojs/components';
import type { Me } from '@contracts/account';
import { useFileUrls } from '@/hooks/use-file-urls';
import { RoleTags } from './role-tags';
import './profile-card.scss';

export function ProfileCard({ me }: { me: Me }) {
  const { profile, branch, org, station } = me;
  const name = profile.name || '未设置昵称';
  // A stored avatar (cloud://…) needs a signed URL on h5; weapp's <Image> reads it as it is.
  const avatar = useFileUrls(profile.avatarUrl ? [profile.avatarUrl] : [])?.[0];
  return (
    <View className='profile-card'>
      {avatar ? (
        <Image className='profile-card__avatar' src={avatar} mode='aspectFill' data-testid='profile-avatar' />
      ) : (
        <View className='profile-card__avatar profile-card__avatar--initial'>
          <Text>{name.slice(0, 1)}</Text>
        </View>
      )}
      <View className='profile-card__body'>
        <Text className='profile-card__name'>{name}</Text>
        <RoleTags roles={profile.roles} />
        {branch ? <Text className='profile-card__line'>{branch.name}</Text> : null}
        {org ? <Text className='profile-card__line profile-card__line--muted'>{org.name}</Text> : null}
        {station ? <Text className='profile-card__line'>工作驿站：{station.name}</Text> : null}
        {profile.phone ? <Text className='profile-card__line profile-card__line--muted'>手机 {profile.phone}</Text> : null}
      </View>
    </View>
  );
}
