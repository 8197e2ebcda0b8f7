import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Picker } from '@tarojs/components';
import { AtList, AtListItem, AtSegmentedControl } from 'taro-ui';
import { OFFER_CATEGORIES, PostOfferInput, type OfferCategory, type OfferKind } from '@contracts/brands-alliances';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { BRAND_CACHE } from '@/features/brands/cache';
import { EditorActions } from '@/features/brands/editor/editor-actions';
import { AreaField, TextField } from '@/features/brands/editor/text-fields';
import { useEditorSave } from '@/features/brands/editor/use-editor-save';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';

const KINDS: OfferKind[] = ['resource', 'need'];
const CATEGORIES = Object.keys(OFFER_CATEGORIES) as OfferCategory[];
const tagsOf = (s: string) => s.split(/[、，,\s]+/).filter(Boolean);

/** 资源清单 / 需求清单: what a member unit can offer or needs, matched on the alliance page by category and tags. */
export default function OfferPage() {
  const { params } = useRouter();
  const allianceId = params['allianceId'] ?? '';
  const detail = useRemote(() => call('brands', 'alliance', { id: allianceId }), [allianceId], { cache: BRAND_CACHE.alliance });
  const [kind, setKind] = useState<OfferKind>(params['kind'] === 'need' ? 'need' : 'resource');
  const [memberKey, setMemberKey] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [category, setCategory] = useState<OfferCategory>('study');
  const [tags, setTags] = useState('');
  const { requestId } = useRequestId();
  const { errors, busy, save } = useEditorSave({ 标题: 'title', 详细说明: 'detail', 标签: 'tags' });
  const gate = beforeData(detail);
  if (gate) return <Screen>{gate}</Screen>;
  const d = detail.data!;
  const units = d.alliance.members.filter((m) => d.canPostFor.includes(m.key));
  const unit = units.find((m) => m.key === memberKey) ?? units[0];
  const input = { allianceId, requestId, kind, memberKey: unit?.key ?? '', title, detail: body, category, tags: tagsOf(tags) };
  const onSave = () =>
    void save(
      PostOfferInput,
      input,
      async () => {
        await call('brands', 'postOffer', input);
        notify('已登记', { done: true });
        await Taro.navigateBack();
      },
      '登记',
    );
  return (
    <Screen>
      <AtSegmentedControl values={['资源清单', '需求清单']} current={KINDS.indexOf(kind)} onClick={(i: number) => setKind(KINDS[i]!)} />
      <AtList>
        <Picker mode='selector' range={units.map((m) => m.unit)} value={Math.max(0, units.indexOf(unit!))} onChange={(e) => setMemberKey(units[Number(e.detail.value)]!.key)}>
          <AtListItem title='成员单位' extraText={unit?.unit ?? '无'} arrow='right' />
        </Picker>
        <Picker mode='selector' range={CATEGORIES.map((c) => OFFER_CATEGORIES[c])} value={CATEGORIES.indexOf(category)} onChange={(e) => setCategory(CATEGORIES[Number(e.detail.value)]!)}>
          <AtListItem title='类别' extraText={OFFER_CATEGORIES[category]} arrow='right' />
        </Picker>
      </AtList>
      <TextField name='title' title='标题' placeholder={kind === 'resource' ? '如：党员教育阵地开放' : '如：需要党史宣讲老师'} value={title} onChange={setTitle} error={errors['title']} />
      <AreaField title='详细说明' value={body} onChange={setBody} max={300} placeholder='时间、地点、数量、联系人' error={errors['detail']} />
      <TextField name='tags' title='标签' placeholder='最多 5 个，用顿号分开' value={tags} onChange={setTags} error={errors['tags']} />
      <EditorActions busy={busy} onSave={onSave} saveText={kind === 'resource' ? '登记资源' : '登记需求'} />
    </Screen>
  );
}
