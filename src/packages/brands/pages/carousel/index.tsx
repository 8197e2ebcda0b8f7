import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import type { ShowcaseKind } from '@contracts/brands';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { RequireRole } from '@/features/account/components/require-role';
import { PickRow } from '@/features/brands/components/pick-row';
import { EditorActions } from '@/features/brands/editor/editor-actions';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';

const KIND: Record<ShowcaseKind, string> = { brand: '党建品牌', project: '书记项目', alliance: '党建联盟' };
const MAX = 8;

interface Pick {
  kind: ShowcaseKind;
  id: string;
  title: string;
}

/** Everything published the admin may feature: brands, projects, alliances of the org. */
async function publishedItems(): Promise<Pick[]> {
  const [brands, projects, alliances] = await Promise.all([call('brands', 'manageBrands'), call('brands', 'manageProjects'), call('brands', 'manageAlliances')]);
  return [
    ...brands.filter((b) => b.state?.publishedVersion != null).map((b) => ({ kind: 'brand' as const, id: b.brandId, title: b.name ?? b.ownerName })),
    ...[...projects, ...alliances].filter((i) => i.state.publishedVersion !== null).map((i) => ({ kind: i.kind, id: i.id, title: i.title })),
  ];
}

const same = (a: { kind: string; id: string }, b: { kind: string; id: string }) => a.kind === b.kind && a.id === b.id;

/** 首页轮播 (org admin): which published items the home page features, in order. */
function CarouselEditor() {
  const carousel = useRemote(() => call('brands', 'carousel'), [], { cache: 'brands.carousel' });
  const choices = useRemote(publishedItems, [], { cache: 'brands.carouselChoices' });
  const [items, setItems] = useState<Pick[]>([]);
  const { busy, run } = useBusy();
  useEffect(() => {
    if (carousel.data) setItems(carousel.data.items.map((i) => ({ kind: i.kind, id: i.id, title: i.title })));
  }, [carousel.data]);
  const gate = beforeData(carousel) ?? beforeData(choices);
  if (gate) return gate;
  const move = (i: number, by: number) => {
    const next = [...items];
    const [it] = next.splice(i, 1);
    next.splice(i + by, 0, it!);
    setItems(next);
  };
  const save = () =>
    run(async () => {
      await call('brands', 'saveCarousel', { baseVersion: carousel.data!.version, items: items.map(({ kind, id }) => ({ kind, id })) });
      await carousel.reload();
      notify('轮播已保存', { done: true });
    }, '保存');
  const rest = choices.data!.filter((c) => !items.some((i) => same(i, c)));
  return (
    <>
      <Text className='section-title'>
        首页轮播（{items.length}/{MAX}）
      </Text>
      {items.length === 0 ? <Text className='load-more'>还没有轮播内容，从下面加入</Text> : null}
      {items.map((it, i) => (
        <PickRow
          key={`${it.kind}-${it.id}`}
          title={it.title}
          note={`第 ${i + 1} 张 · ${KIND[it.kind]}`}
          actions={[
            ...(i > 0 ? [{ label: '上移', onTap: () => move(i, -1), quiet: true }] : []),
            ...(i < items.length - 1 ? [{ label: '下移', onTap: () => move(i, 1), quiet: true }] : []),
            { label: '移除', onTap: () => setItems(items.filter((_x, j) => j !== i)) },
          ]}
        />
      ))}
      <EditorActions busy={busy} onSave={() => void save()} saveText='保存轮播' />
      <Text className='section-title'>可加入的已发布内容</Text>
      {rest.map((c) => (
        <PickRow
          key={`${c.kind}-${c.id}`}
          title={c.title}
          note={KIND[c.kind]}
          actions={items.length < MAX ? [{ label: '加入', onTap: () => setItems([...items, c]) }] : []}
        />
      ))}
    </>
  );
}

export default function CarouselPage() {
  return (
    <Screen>
      <RequireRole role='org_admin'>
        <CarouselEditor />
      </RequireRole>
    </Screen>
  );
}
