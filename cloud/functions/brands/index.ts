// 党建品牌：单位主品牌与支部品牌（一主多元）、品牌矩阵、书记项目、党建联盟、首页轮播、浏览与点赞。
// 草稿与发布见 core/brands/editable.ts，谁能编辑见 core/brands/editors.ts。
import { defineFunction, showingOthers } from '../../core/handler';
import { brandsActions } from '../../core/brands/actions';

// Published showcases show editors' pictures to everyone: only those WeChat's image check passed.
const PUBLIC_READS = ['matrix', 'brand', 'carousel', 'projects', 'project', 'alliances', 'alliance', 'share'] as const;

export const main = defineFunction('brands', showingOthers(brandsActions, PUBLIC_READS));
