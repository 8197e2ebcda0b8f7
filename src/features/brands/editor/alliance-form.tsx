import { Picker } from '@tarojs/components';
import { AtInput, AtListItem } from 'taro-ui';
import type { AllianceContent, AllianceMember, NamedItem } from '@contracts/brands-alliances';
import type { Figure } from '@contracts/brands';
import type { BranchSummary } from '@contracts/org';
import { Toggle } from '@/components/toggle';
import { BlockEditor } from './block-editor';
import { blankFigure, FigureFields } from './figure-fields';
import type { FieldErrors } from './field-errors';
import { ImageField } from './image-field';
import { ListEditor } from './list-editor';
import { AreaField, TextField } from './text-fields';

/** Where a server refusal's words point in the alliance form. */
export const ALLIANCE_LABELS = {
  联盟名称: 'name',
  联盟宗旨: 'purpose',
  故事: 'story',
  联盟介绍: 'story',
  成员单位: 'members',
  机制: 'mechanisms',
  平台: 'platforms',
  成效: 'results',
} as const;

export const BLANK_ALLIANCE: AllianceContent = { name: '', purpose: '', cover: null, logo: null, story: [], members: [], mechanisms: [], platforms: [], results: [] };

const newMember = (): AllianceMember => ({ key: `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, unit: '', branchName: '', branchId: null, lead: false });

function NamedList({ title, field, items, onChange, errors }: { title: string; field: string; items: NamedItem[]; onChange: (v: NamedItem[]) => void; errors: FieldErrors }) {
  return (
    <ListEditor<NamedItem> title={title} field={field} items={items} onChange={onChange} add={[{ label: title.slice(-2), make: () => ({ name: '', text: '' }) }]} max={10} itemName={(_x, i) => `第 ${i + 1} 项`} errors={errors}>
      {(x, update, i) => (
        <>
          <AtInput name={`${field}-${i}`} title='名称' value={x.name} onChange={(v: string | number) => update({ ...x, name: String(v) })} />
          <AtInput name={`${field}-${i}-text`} title='说明' placeholder='可不填' value={x.text} onChange={(v: string | number) => update({ ...x, text: String(v) })} />
        </>
      )}
    </ListEditor>
  );
}

/** 党建联盟 as the org admin writes it: purpose, member units (linked to RedSail branches), mechanisms, platforms, results. */
export function AllianceForm({ value: c, set, errors, branches }: { value: AllianceContent; set: (patch: Partial<AllianceContent>) => void; errors: FieldErrors; branches: readonly BranchSummary[] }) {
  const branchNames = ['不在红帆', ...branches.map((b) => b.name)];
  return (
    <>
      <TextField name='name' title='联盟名称' value={c.name} onChange={(name) => set({ name })} error={errors['name']} />
      <ImageField label='标志' value={c.logo} onChange={(logo) => set({ logo })} round />
      <ImageField label='封面' value={c.cover} onChange={(cover) => set({ cover })} />
      <AreaField title='联盟宗旨' value={c.purpose} onChange={(purpose) => set({ purpose })} max={600} error={errors['purpose']} />
      <BlockEditor title='联盟介绍' field='story' blocks={c.story} onChange={(story) => set({ story })} max={40} errors={errors} />
      <ListEditor<AllianceMember> title='成员单位' hint='关联红帆中的支部后，该支部书记可以登记资源和需求' field='members' items={c.members} onChange={(members) => set({ members })} add={[{ label: '成员单位', make: newMember }]} max={50} itemName={(_m, i) => `第 ${i + 1} 项`} errors={errors}>
        {(m, update, i) => (
          <>
            <AtInput name={`member-${i}`} title='单位' placeholder='如：广西海事局' value={m.unit} onChange={(v: string | number) => update({ ...m, unit: String(v) })} />
            <AtInput name={`member-${i}-branch`} title='党组织' placeholder='如：机关第三党支部' value={m.branchName} onChange={(v: string | number) => update({ ...m, branchName: String(v) })} />
            <Picker mode='selector' range={branchNames} value={m.branchId ? branches.findIndex((b) => b.id === m.branchId) + 1 : 0} onChange={(e) => update({ ...m, branchId: branches[Number(e.detail.value) - 1]?.id ?? null })}>
              <AtListItem title='红帆支部' extraText={branches.find((b) => b.id === m.branchId)?.name ?? '不在红帆'} arrow='right' />
            </Picker>
            <Toggle title='牵头单位' checked={m.lead} onChange={(lead) => update({ ...m, lead })} />
          </>
        )}
      </ListEditor>
      <NamedList title='联动机制' field='mechanisms' items={c.mechanisms} onChange={(mechanisms) => set({ mechanisms })} errors={errors} />
      <NamedList title='共建平台' field='platforms' items={c.platforms} onChange={(platforms) => set({ platforms })} errors={errors} />
      <ListEditor<Figure> title='共建成效' field='results' items={c.results} onChange={(results) => set({ results })} add={[{ label: '成效', make: blankFigure }]} max={12} itemName={(_f, i) => `第 ${i + 1} 项`} errors={errors}>
        {(f, update, i) => <FigureFields name={`result-${i}`} value={f} onChange={update} />}
      </ListEditor>
    </>
  );
}
