import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PRIVACY_ANSWERED, PRIVACY_NEEDED, type PrivacyRequest } from '../privacy';
import './privacy-popup.scss';

/**
 * The privacy popup: shown when WeChat (weapp) or the app (h5) says personal data is about to be
 * used and the person has not agreed yet. 同意 lets the waiting call go on; 拒绝 stops it.
 * Mounted by Screen, so every page has one; every open page hears the request (pages kept
 * behind the shown one too), and the first answer closes them all.
 */
export function PrivacyPopup() {
  const [pending, setPending] = useState<PrivacyRequest | null>(null);
  useEffect(() => {
    const show = (answer: PrivacyRequest) => setPending(() => answer);
    const hide = () => setPending(null);
    Taro.eventCenter.on(PRIVACY_NEEDED, show);
    Taro.eventCenter.on(PRIVACY_ANSWERED, hide);
    return () => {
      Taro.eventCenter.off(PRIVACY_NEEDED, show);
      Taro.eventCenter.off(PRIVACY_ANSWERED, hide);
    };
  }, []);
  if (!pending) return null;
  const answer = (a: 'agree' | 'disagree') => {
    pending(a);
    Taro.eventCenter.trigger(PRIVACY_ANSWERED);
  };
  return (
    <View className='privacy-popup' role='dialog' aria-modal>
      <View className='privacy-popup__card'>
        <Text className='privacy-popup__title'>用户隐私保护提示</Text>
        <Text className='privacy-popup__body'>
          红帆需要使用您的姓名、手机号、头像和位置等信息，用于加入支部、积分申报、驿站预约与查找附近驿站。使用前请阅读并同意
        </Text>
        {process.env.TARO_ENV === 'weapp' ? (
          <Text className='privacy-popup__link' data-tap='privacy-contract' onClick={() => void Taro.openPrivacyContract({})}>
            《红帆小程序隐私保护指引》
          </Text>
        ) : (
          <Text className='privacy-popup__body'>《红帆小程序隐私保护指引》。</Text>
        )}
        <View className='privacy-popup__actions'>
          <Button className='privacy-popup__btn' onClick={() => answer('disagree')}>
            拒绝
          </Button>
          <Button
            id='agree-btn'
            className='privacy-popup__btn privacy-popup__btn--agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answer('agree')}
            // NOTE: h5 has no agreePrivacyAuthorization: the tap itself is the agreement.
            onClick={process.env.TARO_ENV === 'weapp' ? undefined : () => answer('agree')}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
