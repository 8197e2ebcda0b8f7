import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { AtList } from 'taro-ui';
import dayjs from 'dayjs';
import { AddMeetingInput } from '@contracts/brands-alliances';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { Toggle } from '@/components/toggle';
import { RequireRole } from '@/features/account/components/require-role';
import { BRAND_CACHE } from '@/features/brands/cache';
import { DateField } from '@/features/brands/editor/date-field';
import { EditorActions } from '@/features/brands/editor/editor-actions';
import { PhotosField } from '@/features/brands/editor/photos-field';
import { AreaField, TextField } from '@/features/brands/editor/text-fields';
import { useEditorSave } from '@/features/brands/editor/use-editor-save';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';

/** 联席会议: when, where, which units came, the minutes, what was decided (one a line), photos. */
function MeetingForm({ allianceId }: { allianceId: string }) {
  const detail = useRemote(() => call('brands', 'alliance', { id: allianceId }), [allianceId], { cache: BRAND_CACHE.alliance });
  const [date, setDate] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [absent, setAbsent] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [decisions, setDecisions] = useState('');
  const [images, setImages] = useState<string[]>([]);
  const { requestId } = useRequestId();
  const { errors, busy, save } = useEditorSave({ 会议名称: 'title', 会议地点: 'place', 会议纪要: 'summary', 议定事项: 'decisions' });
  const gate = beforeData(detail);
  if (gate) return gate;
  const members = detail.data!.alliance.members;
  const units = members.map((m) => m.key).filter((k) => !absent.includes(k));
  const input = { allianceId, requestId, date, title, place, units, summary, decisions: decisions.split('\n').map((s) => s.trim()).filter(Boolean), images };
  const onSave = () =>
    void save(
      AddMeetingInput,
      input,
      async () => {
        await call('brands', 'addMeeting', input);
        notify('会议已记录', { done: true });
        await Taro.navigateBack();
      },
      '记录',
    );
  return (
    <>
      <TextField name='title' title='会议名称' placeholder='如：2024年第一次联席会议' value={title} onChange={setTitle} error={errors['title']} />
      <TextField name='place' title='地点' placeholder='可不填' value={place} onChange={setPlace} error={errors['place']} />
      <AtList>
        <DateField title='日期' value={date} onChange={setDate} />
        {members.map((m) => (
          <Toggle key={m.key} title={`${m.unit}出席`} checked={!absent.includes(m.key)} onChange={(on) => setAbsent((a) => (on ? a.filter((k) => k !== m.key) : [...a, m.key]))} />
        ))}
      </AtList>
      <AreaField title='会议纪要' value={summary} onChange={setSummary} max={1000} error={errors['summary']} />
      <AreaField title='议定事项（每行一条）' value={decisions} onChange={setDecisions} max={1000} error={errors['decisions']} />
      <PhotosField value={images} onChange={setImages} max={9} />
      <EditorActions busy={busy} onSave={onSave} saveText='记录会议' />
    </>
  );
}

export default function MeetingPage() {
  const { params } = useRouter();
  return (
    <Screen>
      <RequireRole role='org_admin'>
        <MeetingForm allianceId={params['allianceId'] ?? ''} />
      </RequireRole>
    </Screen>
  );
}
