import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { Brand, BrandDraft, BrandView } from '@contracts/brands';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { BRAND_CACHE } from '@/features/brands/cache';
import { BlockList } from '@/features/brands/components/blocks';
import { ShowcaseCover } from '@/features/brands/components/cover';
import { DraftBanner } from '@/features/brands/components/draft-banner';
import { EngagementBar } from '@/features/brands/components/engagement';
import { FigureGrid } from '@/features/brands/components/figure';
import { Gallery } from '@/features/brands/components/gallery';
import { honourItems, ItemList } from '@/features/brands/components/item-list';
import { Prose, Section } from '@/features/brands/components/section';
import { useCountView } from '@/features/brands/use-view';
import { useRemote } from '@/hooks/use-remote';
import { go } from '@/ui/navigate';

/** The brand's own parts: 内涵, story, 载体, results (live ones say so), honours, gallery. */
function BrandBody({ brand: b }: { brand: Brand }) {
  return (
    <>
      <Section title='品牌内涵' show={!!b.meaning}>
        <Prose text={b.meaning} />
      </Section>
      <Section title='品牌故事' show={b.story.length > 0}>
        <BlockList blocks={b.story} />
      </Section>
      <Section title='品牌载体' show={b.carriers.length > 0}>
        <ItemList items={b.carriers.map((c) => ({ title: c.title, text: c.text }))} />
      </Section>
      <Section title='创建成效' show={b.results.length > 0}>
        <FigureGrid figures={b.results} />
      </Section>
      <Section title={`荣誉（${b.honours.length}）`} show={b.honours.length > 0}>
        <ItemList items={honourItems(b.honours)} />
      </Section>
      <Section title='图集' show={b.gallery.length > 0}>
        <Gallery images={b.gallery} />
      </Section>
    </>
  );
}

const editUrl = (b: Brand) => `/packages/brands/pages/brand-edit/index?branchId=${b.branchId ?? ''}`;

type Shown = { draft: BrandDraft } | { view: BrandView };

/**
 * 党建品牌: a published brand for everyone; with ?preview=1&branchId= its draft, as its editors and
 * the org admin see it before it is published (with 发布 for the admin).
 */
export default function BrandPage() {
  const { params } = useRouter();
  const id = params['id'] ?? '';
  const preview = !!params['preview'];
  const branchId = params['branchId'] || null;
  const shown = useRemote<Shown>(
    () => (preview ? call('brands', 'brandDraft', { branchId }).then((draft) => ({ draft })) : call('brands', 'brand', { id }).then((view) => ({ view }))),
    [id, preview, branchId],
    { cache: preview ? 'brands.brandDraft' : BRAND_CACHE.brand },
  );
  useCountView('brand', id, !preview);
  const share = shown.data && 'view' in shown.data ? shown.data.view.share : null;
  useShareAppMessage(() => ({
    title: share?.title ?? '党建品牌',
    path: share?.path ?? `/packages/brands/pages/brand/index?id=${id}`,
    imageUrl: share?.imageUrl ?? undefined,
  }));
  const gate = beforeData(shown);
  if (gate) return <Screen>{gate}</Screen>;
  const data = shown.data!;
  if ('draft' in data) {
    const d = data.draft;
    return (
      <Screen>
        <DraftBanner kind='brand' id={d.brand.id} state={d.state} onPublished={shown.reload} />
        <ShowcaseCover cover={d.brand.cover} logo={d.brand.logo} title={d.brand.name || '（未命名品牌）'} subtitle={d.brand.slogan} owner={d.brand.ownerName} />
        <BrandBody brand={d.brand} />
      </Screen>
    );
  }
  const { brand: b, engagement, canEdit } = data.view;
  return (
    <Screen>
      <DataAge savedAt={shown.savedAt} />
      <ShowcaseCover cover={b.cover} logo={b.logo} title={b.name} subtitle={b.slogan} owner={b.ownerName} />
      <EngagementBar kind='brand' id={b.id} engagement={engagement} onChange={(e) => shown.mutate((d) => ('view' in d ? { view: { ...d.view, engagement: e } } : d))} />
      <BrandBody brand={b} />
      {canEdit ? (
        <View className='actions actions--page'>
          <AtButton onClick={() => go(editUrl(b))}>编辑品牌</AtButton>
        </View>
      ) : null}
    </Screen>
  );
}
