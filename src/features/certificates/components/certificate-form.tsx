import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import { CERTIFICATE_KINDS, checkValidity, type Certificate, type CertificateKindId } from '@contracts/certificates';
import { chinaDate } from '@contracts/stations-hours';
import { Toggle } from '@/components/toggle';
import { PhotoPicker } from '@/features/points/components/photo-picker';
import { notify } from '@/ui/feedback';
import './certificate-form.scss';

export interface CertificateFields {
  kind: CertificateKindId;
  title: string;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
  photos: string[];
}

export const blankCertificate = (): CertificateFields => ({ kind: 'seafarer_passport', title: '', number: '', issuedOn: '', expiresOn: '', photos: [] });

export const fieldsOf = (c: Certificate): CertificateFields => ({
  kind: c.kind,
  title: c.title,
  number: c.number,
  issuedOn: c.issuedOn,
  expiresOn: c.expiresOn,
  photos: c.photo ? [c.photo] : [],
});

/** What stops saving, as the server would say it (the same rule, run here first); null when fine. */
export function formProblem(f: CertificateFields, birthDate: string | null): { error: string | null; warnings: string[] } {
  if (f.kind === 'other' && !f.title.trim()) return { error: '请填写证书名称', warnings: [] };
  if (!/^[A-Za-z0-9-]{4,30}$/.test(f.number.trim())) return { error: '证书编号为 4 到 30 位字母、数字或连字符', warnings: [] };
  if (!f.issuedOn) return { error: '请选择签发日期', warnings: [] };
  if (f.expiresOn === '') return { error: '请选择到期日期', warnings: [] };
  return checkValidity({ kind: f.kind, issuedOn: f.issuedOn, expiresOn: f.expiresOn, birthDate }, chinaDate(Date.now()));
}

/** The certificate's fields: kind (with its rule), name, number, dates or 长期有效, one photo. */
export function CertificateForm(p: {
  value: CertificateFields;
  onChange: (f: CertificateFields) => void;
  openid: string;
  birthDate: string | null;
  busy: boolean;
  onSubmit: () => void;
}) {
  const f = p.value;
  const kind = CERTIFICATE_KINDS.find((k) => k.id === f.kind)!;
  const set = (patch: Partial<CertificateFields>) => p.onChange({ ...f, ...patch });
  const [touched, setTouched] = useState(false);
  const check = formProblem(f, p.birthDate);
  const today = chinaDate(Date.now());
  return (
    <>
      <AtList>
        <Picker
          mode='selector'
          range={CERTIFICATE_KINDS.map((k) => k.name)}
          value={CERTIFICATE_KINDS.indexOf(kind)}
          onChange={(e) => {
            const next = CERTIFICATE_KINDS[Number(e.detail.value)]!;
            set({ kind: next.id, expiresOn: !next.mayBeLongTerm && f.expiresOn === null ? '' : f.expiresOn });
          }}
        >
          <AtListItem title='证书类型' extraText={kind.name} arrow='right' />
        </Picker>
      </AtList>
      {kind.note ? <Text className='certificate-form__rule'>{kind.note}</Text> : null}
      <View className='card'>
        {f.kind === 'other' ? <AtInput name='title' title='证书名称' placeholder='如 船舶保安员证' value={f.title} onChange={(v: string | number) => set({ title: String(v) })} /> : null}
        <AtInput name='number' title='证书编号' placeholder='字母、数字或连字符' value={f.number} onChange={(v: string | number) => set({ number: String(v).toUpperCase() })} />
        <AtList hasBorder={false}>
          <Picker mode='date' value={f.issuedOn || today} end={today} onChange={(e) => set({ issuedOn: String(e.detail.value) })}>
            <AtListItem title='签发日期' extraText={f.issuedOn || '请选择'} arrow='right' />
          </Picker>
          {f.expiresOn !== null ? (
            <Picker mode='date' value={f.expiresOn || today} onChange={(e) => set({ expiresOn: String(e.detail.value) })}>
              <AtListItem title='到期日期' extraText={f.expiresOn || '请选择'} arrow='right' />
            </Picker>
          ) : null}
        </AtList>
        {kind.mayBeLongTerm ? <Toggle title='长期有效' checked={f.expiresOn === null} onChange={(on) => set({ expiresOn: on ? null : '' })} /> : null}
        <Text className='certificate-form__label'>证书照片（选填，只有你自己能看到）</Text>
        <PhotoPicker folder='certificates' max={1} openid={p.openid} value={f.photos} onChange={(photos) => set({ photos })} />
      </View>
      {touched && check.error ? <Text className='certificate-form__error'>{check.error}</Text> : null}
      {check.warnings.map((w) => (
        <Text key={w} className='certificate-form__warning'>
          {w}
        </Text>
      ))}
      <View className='actions actions--page'>
        <AtButton
          type='primary'
          className='certificate-form__submit'
          loading={p.busy}
          disabled={p.busy}
          onClick={() => {
            setTouched(true);
            if (check.error) notify(check.error);
            else p.onSubmit();
          }}
        >
          保存
        </AtButton>
      </View>
    </>
  );
}
