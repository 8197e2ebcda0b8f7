import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { maskNumber, type Certificate } from '@contracts/certificates';
import { Photos } from '@/features/points/components/photo-picker';
import { go } from '@/ui/navigate';
import { certificateEditUrl } from '@/features/stations/routes';
import './cert-card.scss';

function daysText(c: Certificate): string {
  if (c.daysLeft === null) return '长期有效';
  if (c.daysLeft < 0) return `已过期 ${-c.daysLeft} 天`;
  return c.daysLeft === 0 ? '今天到期' : `还有 ${c.daysLeft} 天到期`;
}

/**
 * One certificate: kind, badge (有效 / 即将到期 / 已过期), dates, and the number masked until its
 * owner taps 显示 (the phone may be handed to someone; staff only ever see it masked).
 */
export function CertificateCard({ c, onArchive }: { c: Certificate; onArchive?: (c: Certificate) => void }) {
  const [shown, setShown] = useState(false);
  return (
    <View className='card cert-card' data-testid='certificate'>
      <View className='cert-card__head'>
        <Text className='cert-card__name'>{c.title || c.kindName}</Text>
        <Text className={`cert-card__badge cert-card__badge--${c.badge}`}>{c.badgeLabel}</Text>
      </View>
      <View className='cert-card__number-row'>
        <Text className='cert-card__number'>编号 {shown ? c.number : maskNumber(c.number)}</Text>
        <Text className='cert-card__show' data-tap='show-number' onClick={() => setShown(!shown)}>
          {shown ? '隐藏' : '显示'}
        </Text>
      </View>
      <Text className='cert-card__line'>
        签发 {c.issuedOn} · {c.expiresOn ? `到期 ${c.expiresOn}` : '长期有效'}
      </Text>
      {c.effectiveExpiry && c.effectiveExpiry !== c.expiresOn ? <Text className='cert-card__line'>按 65 周岁规定，实际到 {c.effectiveExpiry}</Text> : null}
      <Text className={`cert-card__days cert-card__days--${c.badge}`}>{daysText(c)}</Text>
      {c.photo ? <Photos ids={[c.photo]} /> : null}
      <View className='actions'>
        <AtButton size='small' onClick={() => go(certificateEditUrl(c.id))}>
          修改
        </AtButton>
        {onArchive ? (
          <AtButton size='small' onClick={() => onArchive(c)}>
            已换新，归档
          </AtButton>
        ) : null}
      </View>
    </View>
  );
}
