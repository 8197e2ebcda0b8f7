import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { Engagement, ShowcaseKind } from '@contracts/brands';
import { call } from '@/api/client';
import { isSignedIn } from '@/api/session';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';
import './engagement.scss';

/**
 * 浏览 and 点赞 under a showcase, and 分享 on weapp. One like per person: once liked the button
 * stays liked, so however often it is tapped the count rises once (the server holds it too), and
 * the page's stored copy learns the new counts so that it never shows the like undone.
 */
export function EngagementBar({
  kind,
  id,
  engagement,
  onChange,
}: {
  kind: ShowcaseKind;
  id: string;
  engagement: Engagement;
  /** The server's counts after a like: the page keeps them in its stored copy. */
  onChange: (engagement: Engagement) => void;
}) {
  const [shown, setShown] = useState(engagement);
  useEffect(() => setShown(engagement), [engagement]);
  const { busy, run } = useBusy();
  const like = () => {
    if (!isSignedIn()) {
      notify('登录后可以点赞');
      go('/pages/login/index');
      return;
    }
    if (shown.liked || busy) return;
    void run(async () => {
      const after = await call('brands', 'like', { kind, id });
      setShown(after);
      onChange(after);
    }, '点赞');
  };
  return (
    <View className='engagement'>
      <Text className='engagement__views'>浏览 {shown.views.toLocaleString('zh-CN')}</Text>
      <View
        className={`engagement__like${shown.liked ? ' engagement__like--on' : ''}`}
        data-tap='like'
        data-testid='like'
        aria-label={shown.liked ? '已点赞' : '点赞'}
        onClick={like}
      >
        <Text className='engagement__heart'>{shown.liked ? '♥' : '♡'}</Text>
        <Text className='engagement__count' data-testid='like-count'>
          {shown.liked ? '已赞' : '点赞'} {shown.likes}
        </Text>
      </View>
      {/* NOTE: sharing is weapp's (the page's useShareAppMessage answers it); h5 has no share sheet. */}
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='engagement__share' openType='share'>
          分享
        </Button>
      ) : null}
    </View>
  );
}
