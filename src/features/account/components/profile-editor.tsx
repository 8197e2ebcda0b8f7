import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Image, Input, Text, View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import type { Me } from '@contracts/account';
import { call, toastError } from '@/api/client';
import { uploadAvatar } from '@/api/storage';
import { useFileUrls } from '@/hooks/use-file-urls';
import { refreshMe } from '@/features/account/me-store';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';
import { ensurePrivacyAgreed } from '@/features/privacy/privacy';
import './profile-editor.scss';

/**
 * 完善资料. On weapp, avatar and nickname come from WeChat's own fill-in
 * components (open-type="chooseAvatar", type="nickname"); phone is optional.
 */
export function ProfileEditor({ me, onDone }: { me: Me; onDone: () => void }) {
  const [name, setName] = useState(me.profile.name);
  const [phone, setPhone] = useState(me.profile.phone ?? '');
  const [avatarUrl, setAvatarUrl] = useState(me.profile.avatarUrl);
  const { busy, run } = useBusy();
  const weapp = process.env.TARO_ENV === 'weapp';

  const save = async () => {
    // Name and phone are personal data: on h5 the app asks for the privacy agreement first (weapp: WeChat does).
    if (!(await ensurePrivacyAgreed())) return notify('未同意隐私保护指引，资料未保存');
    await run(async () => {
      await call('account', 'updateProfile', { name, phone, ...(avatarUrl ? { avatarUrl } : {}) });
      await refreshMe();
      notify('已保存', { done: true });
      onDone();
    });
  };

  const chooseAvatar = async (tempPath: string) => {
    try {
      // A chosen avatar is a temporary file: keep it in cloud storage.
      setAvatarUrl(await uploadAvatar(me.profile.openid, tempPath));
    } catch (err) {
      toastError(err);
    }
  };
  // h5 has no chooseAvatar button: pick a picture from the phone instead.
  const pickAvatar = async () => {
    const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] }).catch(() => null);
    const path = picked?.tempFilePaths[0];
    if (path) await chooseAvatar(path);
  };
  const shown = useFileUrls(avatarUrl ? [avatarUrl] : [])?.[0];
  const avatar = shown ? <Image className='profile-editor__avatar' src={shown} mode='aspectFill' /> : <Text className='profile-editor__pick'>选择头像</Text>;

  return (
    <View className='profile-editor'>
      <View className='profile-editor__row'>
        <Text className='profile-editor__label'>头像</Text>
        {weapp ? (
          <Button className='profile-editor__avatar-btn' openType='chooseAvatar' onChooseAvatar={(e) => chooseAvatar(e.detail.avatarUrl)}>
            {avatar}
          </Button>
        ) : (
          <View className='profile-editor__avatar-btn' data-tap='avatar' data-testid='pick-avatar' onClick={pickAvatar}>
            {avatar}
          </View>
        )}
      </View>
      {weapp ? (
        <View className='profile-editor__row'>
          <Text className='profile-editor__label'>昵称</Text>
          <Input
            className='profile-editor__input'
            type='nickname'
            placeholder='请输入昵称'
            value={name}
            onBlur={(e) => setName(e.detail.value)}
            onInput={(e) => setName(e.detail.value)}
          />
        </View>
      ) : (
        <AtInput name='name' title='姓名' placeholder='姓名或昵称' value={name} onChange={(v: string | number) => setName(String(v))} />
      )}
      <AtInput name='phone' title='手机号' type='phone' placeholder='选填' value={phone} onChange={(v: string | number) => setPhone(String(v))} />
      <View className='profile-editor__actions'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={save}>
          保存
        </AtButton>
        <AtButton onClick={onDone} disabled={busy}>
          取消
        </AtButton>
      </View>
    </View>
  );
}
