import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { CERTIFICATE_KINDS } from '@contracts/certificates';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { uploadImage } from '@/api/storage';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { useMe } from '@/features/account/me-store';
import { blankCertificate, CertificateForm, fieldsOf, type CertificateFields } from '@/features/certificates/components/certificate-form';
import '@/features/certificates/save-outbox';
import { isLocalFile, submitWrite } from '@/offline/outbox';
import { notify } from '@/ui/feedback';

function said(warnings: string[]): string {
  return warnings.length ? `已保存。${warnings.join('；')}` : '已保存';
}

/** 添加证书: saved now, or kept in the outbox without a signal (photo too) and sent once. */
function AddCertificate({ openid, birthDate }: { openid: string; birthDate: string | null }) {
  const [f, setF] = useState<CertificateFields>(blankCertificate);
  const { requestId } = useRequestId();
  const { busy, run } = useBusy();
  const submit = () =>
    run(async () => {
      const kindName = CERTIFICATE_KINDS.find((k) => k.id === f.kind)!.name;
      const draft = { kind: f.kind, kindName, title: f.title.trim(), number: f.number.trim(), issuedOn: f.issuedOn, expiresOn: f.expiresOn, openid };
      const outcome = await submitWrite('certificates.save', requestId, draft, f.photos);
      notify(outcome.sent ? said(outcome.result.warnings) : '网络不可用，证书已存入待发送，联网后自动保存', { done: outcome.sent && !outcome.result.warnings.length });
      await Taro.navigateBack();
    }, '保存');
  return <CertificateForm value={f} onChange={setF} openid={openid} birthDate={birthDate} busy={busy} onSubmit={() => void submit()} />;
}

/** 修改证书: the owner corrects what they typed; sent now (a correction is not queued). */
function EditCertificate({ id, openid, birthDate }: { id: string; openid: string; birthDate: string | null }) {
  const cert = useRemote(() => call('certificates', 'get', { id }), [id], { cache: 'certificates.certificate' });
  const [f, setF] = useState<CertificateFields | null>(null);
  const { busy, run } = useBusy();
  const gate = beforeData(cert);
  if (gate) return gate;
  const value = f ?? fieldsOf(cert.data!);
  const submit = () =>
    run(async () => {
      const photo = value.photos[0] ? (isLocalFile(value.photos[0]) ? await uploadImage('certificates', openid, value.photos[0]) : value.photos[0]) : null;
      const r = await call('certificates', 'update', {
        id,
        kind: value.kind,
        title: value.title.trim(),
        number: value.number.trim(),
        issuedOn: value.issuedOn,
        expiresOn: value.expiresOn,
        photo,
      });
      notify(said(r.warnings), { done: !r.warnings.length });
      await Taro.navigateBack();
    }, '保存');
  return <CertificateForm value={value} onChange={setF} openid={openid} birthDate={birthDate} busy={busy} onSubmit={() => void submit()} />;
}

export default function CertificateEditPage() {
  const { params } = useRouter();
  const { me } = useMe();
  const wallet = useRemote(() => call('certificates', 'wallet'), [], { cache: 'certificates.wallet' });
  const openid = me?.profile.openid ?? '';
  const birthDate = wallet.data?.birthDate ?? null;
  const id = params['id'];
  return <Screen>{id ? <EditCertificate id={id} openid={openid} birthDate={birthDate} /> : <AddCertificate openid={openid} birthDate={birthDate} />}</Screen>;
}
