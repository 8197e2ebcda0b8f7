import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { OFFER_CATEGORIES, type AllianceDetail, type AllianceOffer } from '@contracts/brands-alliances';
import './offer-list.scss';

function OfferRow({ offer: o, onClose, children }: { offer: AllianceOffer; onClose?: (o: AllianceOffer) => void; children?: ReactNode }) {
  return (
    <View className={`offer-list__offer${o.status === 'closed' ? ' offer-list__offer--closed' : ''}`}>
      <View className='offer-list__head'>
        <Text className='offer-list__category'>{OFFER_CATEGORIES[o.category]}</Text>
        <Text className='offer-list__title'>{o.title}</Text>
        {o.status === 'closed' ? <Text className='offer-list__closed'>已关闭</Text> : null}
      </View>
      <Text className='offer-list__unit'>{o.unit}</Text>
      {o.detail ? <Text className='offer-list__detail'>{o.detail}</Text> : null}
      {o.tags.length ? <Text className='offer-list__tags'>{o.tags.map((t) => `#${t}`).join(' ')}</Text> : null}
      {children}
      {onClose && o.canClose && o.status === 'open' ? (
        <Text className='offer-list__action' data-tap='close-offer' onClick={() => onClose(o)}>
          关闭此条
        </Text>
      ) : null}
    </View>
  );
}

/** 资源清单 or 需求清单; each open need with the resources that answer it and why. */
export function OfferList({ detail, kind, onClose }: { detail: AllianceDetail; kind: 'resource' | 'need'; onClose?: (o: AllianceOffer) => void }) {
  const offers = kind === 'resource' ? detail.resources : detail.needs;
  const resources = new Map(detail.resources.map((r) => [r.id, r]));
  const matches = new Map(detail.matches.map((m) => [m.needId, m.resources]));
  if (offers.length === 0) return <Text className='muted'>{kind === 'resource' ? '还没有成员单位登记资源' : '还没有成员单位提出需求'}</Text>;
  return (
    <View className='offer-list'>
      {offers.map((o) => (
        <OfferRow key={o.id} offer={o} onClose={onClose}>
          {kind === 'need' && o.status === 'open' ? (
            <View className='offer-list__matches'>
              {(matches.get(o.id) ?? []).length === 0 ? (
                <Text className='offer-list__match-none'>暂无可对接的资源</Text>
              ) : (
                (matches.get(o.id) ?? []).map((m) => {
                  const r = resources.get(m.resourceId);
                  return r ? (
                    <View key={m.resourceId} className='offer-list__match'>
                      <Text className='offer-list__match-title'>
                        可对接：{r.title}（{r.unit}）
                      </Text>
                      <Text className='offer-list__match-why'>{m.reasons.join('；')}</Text>
                    </View>
                  ) : null;
                })
              )}
            </View>
          ) : null}
        </OfferRow>
      ))}
    </View>
  );
}
