import { Text, View } from '@tarojs/components';
import { AtCheckbox } from 'taro-ui';
import { maskNumber } from '@contracts/certificates';
import { call } from '@/api/client';
import { useRemote } from '@/hooks/use-remote';

/** 证书办理帮办: certificates from the wallet to show the staff (they see the numbers masked). */
export function CertificateChoice({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const wallet = useRemote(() => call('certificates', 'wallet'), [], { cache: 'certificates.wallet' });
  const certs = wallet.data ? [...wallet.data.certificates, ...wallet.data.archived] : [];
  if (certs.length === 0) return null;
  return (
    <View className='card'>
      <Text className='card-title'>带上要办理的证书（选填）</Text>
      <Text className='muted'>工作人员只看到证书类型、到期日和打码的编号。</Text>
      <AtCheckbox
        options={certs.map((c) => ({ value: c.id, label: c.title || c.kindName, desc: `${maskNumber(c.number)} · ${c.badgeLabel}` }))}
        selectedList={value}
        onChange={(v: string[]) => onChange(v.slice(0, 5))}
      />
    </View>
  );
}
