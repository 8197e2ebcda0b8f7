/**
 * Brand showcase demo content, from the articles in shared/domain/sources:
 * - 001: 济宁港航's "济舟先锋" main brand, its "一主多元" branch brands and its honours and figures;
 * - 000: 长江海事局's 书记项目 of 黄石, 九江, 安庆 and 芜湖 (backgrounds and published results),
 *   attributed to the units (党委书记), never to the secretaries named in the article;
 * - 002: 泉州海事局指挥中心's plan, as a project whose tasks have 主办/协办 departments and
 *   初步考核/完成考核 dates (this year, so that overdue flags show);
 * - 003: 北部湾国际门户港重大项目党建联盟 (traditional characters, given here in simplified ones).
 * Branch brands' stories, slogans, the 济宁 project and the alliance's resource and need lists are
 * written for the demo in the articles' words; they are not quotations.
 */
import type { BrandContent, Honour, ResultSpec } from '../../../contracts/brands';
import type { AllianceContent, OfferCategory } from '../../../contracts/brands-alliances';
import type { ProjectContent, ProjectStage, ProjectTask } from '../../../contracts/brands-projects';

/** A picture the seed draws: file name (under brands/demo/) and the seed that varies it. */
export interface Art {
  name: string;
  seed: number;
  logo?: boolean;
}

const p = (text: string) => ({ type: 'paragraph' as const, text });
const h = (text: string) => ({ type: 'heading' as const, text });
const fig = (label: string, value: number, unit: string, year: number | null, source: string): ResultSpec => ({
  kind: 'static',
  figure: { label, value, unit, year, source },
});
const live = (metric: 'members' | 'volunteerHours' | 'activitiesHeld' | 'averagePoints'): ResultSpec => ({
  kind: 'live',
  metric,
  label: '',
});

const SRC_JINING = '济宁市港航事业发展中心';

export const JIZHOU_HONOURS: Honour[] = [
  { name: '2022年度机关党建工作创新项目暨机关党建创新引领业务创新案例二等奖', level: 'other', year: 2022, issuer: '' },
  {
    name: '全省交通运输系统党建与业务工作深度融合优秀典型案例（2个基层党支部）',
    level: 'provincial',
    year: null,
    issuer: '',
  },
  { name: '五星级党支部（先后12个党支部）', level: 'municipal', year: null, issuer: '市直机关工委' },
  { name: '市直机关先进党支部（1个党支部）', level: 'municipal', year: null, issuer: '' },
  { name: '市直机关“党员先锋岗”（1个部室）', level: 'municipal', year: null, issuer: '' },
  {
    name: '2022年度市直机关优秀主题党日案例二等奖（“感怀英雄事迹 引燃红色七月”）',
    level: 'municipal',
    year: 2022,
    issuer: '',
  },
  { name: '山东省生态环境保护先进集体', level: 'provincial', year: null, issuer: '' },
  { name: '2022年度山东省优秀大数据应用案例（“济港通”）', level: 'provincial', year: 2022, issuer: '' },
  { name: '山东省交通运输科技示范工程（“三改二”智慧港航科技示范工程）', level: 'provincial', year: null, issuer: '' },
  { name: '小型船舶检验及其监督管理优化全国试点单位', level: 'national', year: null, issuer: '交通运输部' },
  { name: '全国水运系统服务船员阵地清单（5家港口“海员之家”入选）', level: 'national', year: null, issuer: '' },
];

export interface DemoBrand {
  /** null: the organisation's main brand. */
  branchId: string | null;
  content: Omit<BrandContent, 'logo' | 'cover' | 'gallery'>;
  cover: Art;
  logo: Art;
  gallery: Array<{ art: Art; caption: string }>;
}

export const DEMO_BRANDS: DemoBrand[] = [
  {
    branchId: null,
    cover: { name: 'jizhou-cover', seed: 1 },
    logo: { name: 'jizhou-logo', seed: 1, logo: true },
    gallery: [
      { art: { name: 'jizhou-gallery-1', seed: 11 }, caption: '济宁智慧港航综合调度指挥中心（示意图）' },
      { art: { name: 'jizhou-gallery-2', seed: 12 }, caption: '“济舟港湾”红色驿站（示意图）' },
    ],
    content: {
      name: '济舟先锋',
      slogan: '服务港航经济，争做发展“主力军”',
      meaning:
        '“济舟先锋”是济宁市港航事业发展中心党委的党建品牌：探索构建“1234”品牌创建体系，持续完善“党建+业务+服务”工作机制，把品牌创建的活力转化为促进发展的动力，以高质量党建引领助推港航经济发展。',
      story: [
        h('聚焦“一主多元” 构建品牌矩阵'),
        p(
          '依托“济舟先锋”主品牌，建立“一支部一品牌”党建品牌联创体系，健全“一主多元”的党建品牌矩阵，创建“红帆领航、生态卫士”“齐聚合力 扬帆智慧”“任城灯塔红、映耀运河清”“三好一强”“鱼水情深、阳光服务”等18个支部党建品牌。',
        ),
        h('加强“三基建设” 夯实品牌优势'),
        p(
          '建强基本组织、抓好基本队伍、健全基本制度：落实“党员量化积分管理”机制，制定《党支部党员量化积分参考标准》《主题党日制度》等制度规范。',
        ),
        // The seed turns an art name into the file it draws.
        { type: 'image', fileId: 'jizhou-gallery-2', caption: '“济舟港湾”红色驿站（示意图）' },
        h('全力做好“四心服务”'),
        p('“贴心”服务基层一线，“用心”服务港航企业，“尽心”服务职工群众，“全心”服务事业发展。'),
        {
          type: 'figure',
          figure: { label: '全市港口完成货物吞吐量', value: 5843.5, unit: '万吨', year: 2022, source: SRC_JINING },
        },
        {
          type: 'figure',
          figure: { label: '集装箱吞吐量同比增长', value: 106, unit: '%', year: 2022, source: SRC_JINING },
        },
      ],
      carriers: [
        { title: '达标提星工程', text: '持续开展基层党支部“达标提升争先”活动，深化党支部评星定级管理。' },
        { title: '党员示范工程', text: '设置51个党员示范岗，推进“党员示范岗”“党员责任区”创建。' },
        { title: '智慧党建管理平台', text: '依托“济港通”平台，建立健全“1+6+N”智慧党建工作体系。' },
        { title: '红色驿站', text: '联合港口企业党组织，依托“济舟港湾”环保服务驿站打造“红色驿站”服务平台。' },
      ],
      results: [
        live('members'),
        live('volunteerHours'),
        live('averagePoints'),
        fig('五星级党支部', 12, '个', null, SRC_JINING),
        fig('党员示范岗', 51, '个', null, SRC_JINING),
        fig('“济港通”一网通办业务', 92, '项', null, SRC_JINING),
        fig('升级高等级航道', 301.3, '公里', null, SRC_JINING),
      ],
      honours: JIZHOU_HONOURS,
    },
  },
  {
    branchId: 'br_jiguan1',
    cover: { name: 'hflh-cover', seed: 2 },
    logo: { name: 'hflh-logo', seed: 2, logo: true },
    gallery: [],
    content: {
      name: '红帆领航、生态卫士',
      slogan: '党旗引领红帆，守护运河碧水',
      meaning: '“红帆”寓意党旗引领、扬帆奋进，“生态卫士”是支部守护港航生态、推进污染防治的责任担当。',
      story: [
        p(
          '支部把港航污染防治融入品牌创建，参与“济舟港湾”“云监测”“济宁e交付”服务品牌建设，指导港口做好污染防治技术改造和节能环保工作。',
        ),
        p('“红帆领航”志愿服务队常态化开展水上安全知识进校园、运河岸线清洁等志愿服务。'),
      ],
      carriers: [
        { title: '“红帆领航”志愿服务队', text: '走进学校讲解防溺水与水上安全知识。' },
        { title: '生态卫士责任区', text: '党员认领运河岸线责任区，常态巡查。' },
      ],
      results: [live('members'), live('volunteerHours'), live('activitiesHeld')],
      honours: [],
    },
  },
  {
    branchId: 'br_rencheng',
    cover: { name: 'rcdt-cover', seed: 3 },
    logo: { name: 'rcdt-logo', seed: 3, logo: true },
    gallery: [],
    content: {
      name: '任城灯塔红、映耀运河清',
      slogan: '做运河上的红色灯塔',
      meaning: '以党员为“灯塔”，照亮航道安全；以服务为“清流”，映耀京杭运河水清岸绿。',
      story: [p('支部与驻地镇街政府、交通部门、港航企业常态化开展“结对联建”，互学互鉴、互促互进。')],
      carriers: [{ title: '结对联建', text: '与驻地镇街、港航企业建立交流互动、沟通合作的联建联动机制。' }],
      results: [live('members'), live('averagePoints')],
      honours: [],
    },
  },
  {
    branchId: 'br_zhihui',
    cover: { name: 'zhfh-cover', seed: 4 },
    logo: { name: 'zhfh-logo', seed: 4, logo: true },
    gallery: [],
    content: {
      name: '齐聚合力 扬帆智慧',
      slogan: '数智赋能、惠民利企',
      meaning: '齐聚党员合力，扬起智慧港航之帆：把“济港通”平台建设作为支部党建与业务融合的主阵地。',
      story: [
        p(
          '支部参与打造济宁智慧港航“济港通”平台，实现智能化管理、数字化服务；研发“e统计”系统，全市港航企业网上直报直统。',
        ),
      ],
      carriers: [{ title: '“济港通”党员攻坚组', text: '党员带头攻坚平台功能，一网通办。' }],
      results: [
        live('members'),
        fig('“济港通”一网通办业务', 92, '项', null, SRC_JINING),
        fig('网上直报直统的港航企业', 209, '家', null, SRC_JINING),
      ],
      honours: [{ name: '2022年度山东省优秀大数据应用案例（“济港通”）', level: 'provincial', year: 2022, issuer: '' }],
    },
  },
  {
    branchId: 'br_chuanjian',
    cover: { name: 'shyq-cover', seed: 5 },
    logo: { name: 'shyq-logo', seed: 5, logo: true },
    gallery: [],
    content: {
      name: '三好一强',
      slogan: '检验好、服务好、作风好，能力强',
      meaning: '船舶检验党支部以“三好一强”要求每一名党员：检验质量好、服务船企好、工作作风好，业务能力强。',
      story: [
        p(
          '在全省地方船检系统率先实施远程视频检验，成立“云船检”工作室；推行“容缺受理”、全年服务不打烊、异地预约检验等便民服务。',
        ),
      ],
      carriers: [{ title: '“云船检”工作室', text: '线上检验船舶，减少碳排放，为船企船员节约成本。' }],
      results: [
        fig('线上检验船舶', 267, '艘次', null, SRC_JINING),
        fig('减少碳排放', 2792.74, '吨', null, SRC_JINING),
        fig('为船企船员节约成本', 530, '余万元', null, SRC_JINING),
        fig('累计完成营运船舶检验', 5480, '艘次', null, SRC_JINING),
        live('members'),
      ],
      honours: [
        { name: '小型船舶检验及其监督管理优化全国试点单位', level: 'national', year: null, issuer: '交通运输部' },
      ],
    },
  },
  {
    branchId: 'br_fuwu',
    cover: { name: 'ysqs-cover', seed: 6 },
    logo: { name: 'ysqs-logo', seed: 6, logo: true },
    gallery: [],
    content: {
      name: '鱼水情深、阳光服务',
      slogan: '搭建联系船员、服务船员的“连心桥”',
      meaning: '党员与船员群众如鱼水相依；以阳光透明、热情周到的服务温暖每一位船员。',
      story: [p('依托“红色驿站”常态化开展党员志愿服务，“夏送清凉”、义诊宣讲，为船员提供证书办理帮办与法律咨询。')],
      carriers: [{ title: '红色驿站志愿服务', text: '在“济舟港湾”红色驿站为过往船员办实事。' }],
      results: [
        live('members'),
        live('volunteerHours'),
        fig('入选全国服务船员阵地清单的港口“海员之家”', 5, '家', null, SRC_JINING),
      ],
      honours: [
        { name: '全国水运系统服务船员阵地清单（5家港口“海员之家”入选）', level: 'national', year: null, issuer: '' },
      ],
    },
  },
];

// ---- 书记项目 ------------------------------------------------------------------

const SRC_CJ = '长江海事局“书记项目”成果展';

export interface DemoProject {
  id: string;
  orgId: string;
  orgName: string;
  /** The unit: a RedSail branch (济宁), or a unit that is not one (other organisations' demo). */
  branchId: string;
  unitName: string;
  ownerOpenid: string;
  cover: Art;
  content: Omit<ProjectContent, 'cover'>;
  /** 进度台帐: [date, text, stage, taskId done]. */
  entries: Array<[string, string, ProjectStage | null, string | null]>;
  review: { outcome: 'excellent' | 'good' | 'pass'; comment: string } | null;
}

const plan2024 = { claim: '2024-02-28', solve: '2024-06-30', conclude: '2024-11-15' };
const concluded = (notes: [string, string, string]): DemoProject['entries'] => [
  ['2024-02-28', notes[0], 'claim', null],
  ['2024-06-28', notes[1], 'solve', null],
  ['2024-11-15', notes[2], 'conclude', null],
];

export const CJ_ORG = { _id: 'org_cjmsa', name: '长江海事局' };
export const QZ_ORG = { _id: 'org_qzmsa', name: '泉州海事局' };
export const BBW_ORG = { _id: 'org_bbw', name: '广西北部湾经济区规划建设管理办公室' };

const cj = (id: string, unit: string, seed: number) => ({
  id: `prj_demo_${id}`,
  orgId: CJ_ORG._id,
  orgName: CJ_ORG.name,
  branchId: `unit_cj_${id}`,
  unitName: `${unit}党委`,
  ownerOpenid: `demo_cj_${id}`,
  cover: { name: `prj-${id}`, seed },
});

export function demoProjects(thisYear: number): DemoProject[] {
  const y = (md: string) => `${thisYear}-${md}`;
  const qzTask = (
    id: string,
    title: string,
    lead: string,
    support: string[],
    first: string | null,
    final: string,
  ): ProjectTask => ({
    id,
    title,
    lead,
    support,
    firstReview: first ? y(first) : null,
    finalReview: y(final),
  });
  return [
    {
      ...cj('huangshi', '黄石海事局', 21),
      content: {
        title: '聚力交通组织一体化 打造最优航行服务区',
        leader: '黄石海事局党委书记',
        year: 2024,
        background: [
          p(
            '近年来，黄石局到港船舶持续高位，船舶大型化趋势明显。为防范降低码头超限靠泊风险，解决锚地资源紧缺以及区段码头群调度不协调、不统一等问题，黄石海事局党委锚定两个“一流”目标，以信息化手段为依托，以党业融合为载体，聚力交通组织一体化。',
          ),
        ],
        problem: '码头超限靠泊风险；锚地资源紧缺；区段码头群调度不协调、不统一。',
        measures: [p('以信息化手段为依托，以党业融合为载体，推进交通组织一体化，打造最优航行服务区。')],
        expected: '安全效益、生态效益、经济效益、社会效益日益显现。',
        plan: plan2024,
        tasks: [],
        results: [
          { label: '一般等级及以上水上安全事故', unit: '起', before: null, after: 0, year: 2024, source: SRC_CJ },
          { label: '岸电应用尽用率（以上）', unit: '%', before: null, after: 99, year: 2024, source: SRC_CJ },
          { label: '双铅封率（以上）', unit: '%', before: null, after: 99, year: 2024, source: SRC_CJ },
          { label: '14家协议码头进出船舶同比增长', unit: '%', before: null, after: 26.3, year: 2024, source: SRC_CJ },
          { label: '14家协议码头货物吞吐量同比增长', unit: '%', before: null, after: 50.8, year: 2024, source: SRC_CJ },
          {
            label: '沙村水上综合基地抖音浏览量（近）',
            unit: '万人次',
            before: null,
            after: 60,
            year: 2024,
            source: SRC_CJ,
          },
        ],
      },
      entries: concluded(['领题：聚力交通组织一体化。', '解题：统一区段码头群调度。', '结题：入选“书记项目”成果展。']),
      review: { outcome: 'pass', comment: '入选长江海事局“书记项目”成果展。' },
    },
    {
      ...cj('jiujiang', '九江海事局', 22),
      content: {
        title: '深化区域协同治理 打造非VTS水域风险智慧防控“九江模式”',
        leader: '九江海事局党委书记',
        year: 2024,
        background: [
          p('九江海事局管辖128公里长江干线水域，其中非VTS水域41.7公里，占比近1/3。该水域通航环境复杂、事故易发多发。'),
        ],
        problem: '非VTS水域安全治理难题。',
        measures: [
          p(
            '强化党建引领，依托党建联盟与九江航道、通信等单位共建合作，推动区域协调、应急联动、资源共享等合作事项制度化。',
          ),
          p('强化科技赋能：建成智慧监管系统，实现无人自动值守、VHF、短信及声光自动预警、违章自动取证等功能。'),
        ],
        expected: '打造“党建引领、科技赋能、协同融通”的“九江模式”。',
        plan: plan2024,
        tasks: [],
        results: [
          { label: '非VTS水域智慧监管系统', unit: '套', before: 0, after: 1, year: 2024, source: SRC_CJ },
          { label: '自动提醒船舶远离危险区域', unit: '余艘次', before: null, after: 7000, year: 2024, source: SRC_CJ },
        ],
      },
      entries: concluded([
        '领题：非VTS水域风险智慧防控。',
        '解题：建成智慧监管系统。',
        '结题：九江水道保通保畅关键技术研究及应用获长航局创新项目二等奖。',
      ]),
      review: { outcome: 'pass', comment: '入选长江海事局“书记项目”成果展。' },
    },
    {
      ...cj('anqing', '安庆海事局', 23),
      content: {
        title: '同心向党聚合力 情系船员暖民心',
        leader: '安庆海事局党委书记',
        year: 2024,
        background: [
          p(
            '安庆海事局管理航运公司88家，每年服务5000余名船员，保障33万艘次船舶安全进出港，年货物吞吐量超1.7亿吨。安庆海事局党委深入实施“船员驿站 宜心相伴”船员行业党建书记项目。',
          ),
        ],
        problem: '提升船员幸福感、获得感、归属感。',
        measures: [
          p('创新推出“满宜”政务服务品牌，特色打造“123”船员证书“无纸办理”模式。'),
          p('建设“中长燃”水上绿色综合服务区，集聚学习教育、生活服务、燃油供送、航修保养、水上免费交通等功能。'),
          p('成立“临时党支部”，组织船员党员开展联学共建、主题座谈、红色教育等主题党日活动。'),
        ],
        expected: '办理时限压缩一半以上，船员服务更便捷。',
        plan: plan2024,
        tasks: [],
        results: [
          { label: '船员证书办理时限压缩', unit: '%以上', before: null, after: 50, year: 2024, source: SRC_CJ },
          { label: '管理航运公司', unit: '家', before: null, after: 88, year: 2024, source: SRC_CJ },
          { label: '每年服务船员', unit: '余名', before: null, after: 5000, year: 2024, source: SRC_CJ },
        ],
      },
      entries: concluded([
        '领题：“船员驿站 宜心相伴”。',
        '解题：“中长燃”水上绿色综合服务区投入使用。',
        '结题：办理时限压缩一半以上。',
      ]),
      review: { outcome: 'pass', comment: '入选长江海事局“书记项目”成果展。' },
    },
    {
      ...cj('wuhu', '芜湖海事局', 24),
      content: {
        title: '“芜微不至” 助力皖江“向海而兴”',
        leader: '芜湖海事局党委书记',
        year: 2024,
        background: [
          p(
            '着眼于提升辖区口岸开放程度和国际航行船舶通关效率，以发挥党建凝合力、聚人心作用为抓手，不断加强口岸单位沟通协作，优化通航和营商环境。',
          ),
        ],
        problem: '便利“新三样”水路运输，提高口岸智慧水平。',
        measures: [
          p('协调芜湖边防、海关等口岸单位，实现优势互补、资源共享；出台“即申即核”“只报一次”等服务措施。'),
          p('成立“党员PSC检查组”，对到港外国籍船舶实施港口国监督跟踪检查。'),
        ],
        expected: '助力地方外向型经济发展。',
        plan: plan2024,
        tasks: [],
        results: [
          { label: '保障新能源车安全出港', unit: '万余辆', before: null, after: 1.3, year: 2024, source: SRC_CJ },
          { label: '保障锂电池安全出港', unit: '万余件', before: null, after: 1, year: 2024, source: SRC_CJ },
          {
            label: '巴拿马籍滚装船首次直航装载汽车（近）',
            unit: '辆',
            before: null,
            after: 1200,
            year: 2024,
            source: SRC_CJ,
          },
        ],
      },
      entries: concluded([
        '领题：“芜微不至”。',
        '解题：芜湖口岸三山港区扩大开放获国家验收。',
        '结题：打造“新三样”出口“绿色通道”。',
      ]),
      review: { outcome: 'pass', comment: '入选长江海事局“书记项目”成果展。' },
    },
    {
      id: 'prj_demo_quanzhou',
      orgId: QZ_ORG._id,
      orgName: QZ_ORG.name,
      branchId: 'unit_qz_command',
      unitName: '指挥中心党支部',
      ownerOpenid: 'demo_qz_command',
      cover: { name: 'prj-quanzhou', seed: 25 },
      content: {
        title: '指挥中心“三化”建设推进',
        leader: '指挥中心党支部书记',
        year: thisYear,
        background: [
          p(
            '为全面适应海事执法模式改革需要，进一步发挥指挥中心在新执法模式中的指挥枢纽作用，全面推进指挥中心“三化”建设。',
          ),
        ],
        problem: '提升指挥中心组织管控、信息汇聚、资源调配、应急处置等综合管理能力。',
        measures: [p('建成“组织中心、控制中心、信息中心、协调中心、应急中心”的“五个中心”。')],
        expected: '依照时间节点、明确责任分工、狠抓工作落实。',
        plan: { claim: y('01-15'), solve: y('06-30'), conclude: y('12-31') },
        tasks: [
          qzTask(
            't1',
            '强化工作机制组织构架，推进现场综合执法行动',
            '指挥中心',
            ['机关职能处室', '各海事处'],
            '06-30',
            '12-31',
          ),
          qzTask(
            't2',
            '牵头组织综合安全治理，统筹季节性防范工作',
            '指挥中心',
            ['机关职能处室', '各海事处'],
            '06-30',
            '12-31',
          ),
          qzTask('t3', '组织安全工作督导检查，开展管理创新研究', '指挥中心', ['办公室', '督察处'], '09-30', '12-31'),
          qzTask('t4', '科学编制信息流转程序，提高内部动态信息处置效率', '指挥中心', ['办公室'], '06-30', '12-31'),
          qzTask(
            't5',
            '科学整理通航环境信息，实现内部静态信息资源整合',
            '指挥中心',
            ['通航管理处', '机关职能处室', '各海事处'],
            null,
            '12-31',
          ),
          qzTask(
            't6',
            '协调三级海事机构监管步调，促进内部协同及时到位',
            '指挥中心',
            ['机关职能处室', '各海事处'],
            '06-30',
            '10-31',
          ),
          qzTask(
            't7',
            '依托共建机制，促进外部协作紧密顺畅',
            '指挥中心',
            ['办公室', '机关职能处室', '各海事处'],
            '08-31',
            '12-31',
          ),
        ],
        results: [],
      },
      entries: [
        [y('01-15'), '领题：全面推进指挥中心“三化”建设。', 'claim', null],
        [y('06-28'), '运行现场综合执法工作机制，明确部门职责。', 'solve', 't1'],
        [y('07-10'), '统筹部署防台等季节性安全防范。', null, 't2'],
      ],
      review: null,
    },
    {
      id: 'prj_demo_jining',
      orgId: 'org_jining',
      orgName: '济宁市港航事业发展中心党委',
      branchId: 'br_jiguan1',
      unitName: '机关第一党支部',
      ownerOpenid: 'demo_secretary',
      cover: { name: 'prj-jining', seed: 26 },
      content: {
        title: '“济舟港湾”红色驿站 服务船员“连心桥”',
        leader: '机关第一党支部书记',
        year: thisYear,
        background: [
          p(
            '联合港口企业党组织，依托“济舟港湾”环保服务驿站，打造集党群阵地、政策宣传、服务群众为一体的“红色驿站”服务平台。',
          ),
        ],
        problem: '船员在港停留时间短，办事、就医、学习不便。',
        measures: [p('常态化开展党员志愿服务：证书办理帮办、健康问诊、法律咨询、水上安全知识宣讲。')],
        expected: '搭建起联系船员、服务船员的“连心桥”。',
        plan: { claim: y('02-20'), solve: y('07-31'), conclude: y('12-20') },
        tasks: [
          {
            id: 't1',
            title: '驿站党员志愿服务排班',
            lead: '机关第一党支部',
            support: ['港航服务党支部'],
            firstReview: y('03-31'),
            finalReview: y('12-20'),
          },
          {
            id: 't2',
            title: '“夏送清凉”服务船员',
            lead: '港航服务党支部',
            support: ['机关第一党支部'],
            firstReview: y('06-30'),
            finalReview: y('08-31'),
          },
        ],
        results: [
          {
            label: '入选全国服务船员阵地清单的港口“海员之家”',
            unit: '家',
            before: null,
            after: 5,
            year: null,
            source: SRC_JINING,
          },
        ],
      },
      entries: [[y('02-20'), '领题：“济舟港湾”红色驿站服务船员。', 'claim', null]],
      review: null,
    },
  ];
}

// ---- 党建联盟 ------------------------------------------------------------------

const SRC_BBW = '中国水运网（2021-04-26）';

export const BBW_ALLIANCE: { id: string; cover: Art; logo: Art; content: Omit<AllianceContent, 'cover' | 'logo'> } = {
  id: 'aln_demo_beibu',
  cover: { name: 'bbw-cover', seed: 31 },
  logo: { name: 'bbw-logo', seed: 31, logo: true },
  content: {
    name: '北部湾国际门户港重大项目党建联盟',
    purpose:
      '推进“党建+项目”的新思路和新办法，以“1+4+5”长效运行机制为抓手，推动各成员单位党组织统一思想、平等协商，实现资源共享、责任共担、队伍共建、多方共赢，携手高质量推进北部湾门户港重大项目建设。',
    story: [
      h('构建紧密型党建联盟'),
      p(
        '广西壮族自治区北部湾办港口发展处党支部联合10家区直中直单位、企业党组织共同构建紧密型党建共同体，打破“条块分割”的基层党建组织架构，建立区域化党建联盟，行业涉及港口行政审批、施工许可、口岸管理、生产运营、质量监管等各个环节。',
      ),
      p(
        '2021年4月23日，联盟在广西北部湾港启动。当天，联盟成员到钦州港30万吨级油码头现场调研，协调解决项目推进中的难题。',
      ),
    ],
    members: [
      { key: 'm1', unit: '广西壮族自治区北部湾办', branchName: '港口发展处党支部', branchId: null, lead: true },
      { key: 'm2', unit: '广西壮族自治区人民政府办公厅', branchName: '第三秘书处党支部', branchId: null, lead: true },
      { key: 'm3', unit: '广西交通运输厅', branchName: '水运管理处党支部', branchId: null, lead: false },
      { key: 'm4', unit: '广西商务厅', branchName: '口岸管理处党支部', branchId: null, lead: false },
      { key: 'm5', unit: '南宁海关', branchName: '综合业务处党支部', branchId: null, lead: false },
      { key: 'm6', unit: '广西海事局', branchName: '机关第三党支部', branchId: null, lead: false },
      { key: 'm7', unit: '广西出入境边防检查总站', branchName: '边防检查处党支部', branchId: null, lead: false },
      { key: 'm8', unit: '自治区港航发展中心', branchName: '第三党支部', branchId: null, lead: false },
      { key: 'm9', unit: '广西交通运输工程质量监测鉴定中心', branchName: '第二党支部', branchId: null, lead: false },
      { key: 'm10', unit: '广西北部湾国际港务集团', branchName: '工程管理部党支部', branchId: null, lead: false },
      { key: 'm11', unit: '北部湾港股份有限公司', branchName: '工程管理部党支部', branchId: null, lead: false },
    ],
    mechanisms: [
      {
        name: '政治理论联学',
        text: '不定期召集各成员单位党组织共同学好党史和新思想、新知识、新政策、新观念，统一思想，形成一致共识。',
      },
      { name: '实践活动联办', text: '成员单位之间通过党建活动联办，加强交流和参观学习，取长补短。' },
      { name: '优势资源共享', text: '把行政、技术优势等资源有机整合、统筹利用、共同分享。' },
      { name: '党员队伍共建', text: '互学经验、互传理念、共谋思路、共提能力，建立攻坚克难党员突击队。' },
    ],
    platforms: [
      {
        name: '党史学习教育学习平台',
        text: '定期举办党史学习教育讲座、支部党史学习心得交流、参观党史学习教育基地等活动。',
      },
      {
        name: '“我为群众办实事”实践活动平台',
        text: '建立办实事项目清单，形成调研摸底、建账定责、精准解决、成效反馈的工作闭环。',
      },
      {
        name: '高效协同解决问题沟通平台',
        text: '研究项目推进中的重难点问题，做到至少解决一个难题、理顺一次关系、形成一份高质量调查报告。',
      },
      { name: '党性教育资源共享平台', text: '引导党员牢记身份、永葆初心。' },
      { name: '活动资源共享交流平台', text: '增进沟通协作，增强参与意识、团队意识，深化合作友谊。' },
    ],
    results: [
      { label: '一季度北部湾港完成货物吞吐量', value: 6191.56, unit: '万吨', year: 2021, source: SRC_BBW },
      { label: '货物吞吐量同比增长', value: 16.06, unit: '%', year: 2021, source: SRC_BBW },
      { label: '一季度集装箱吞吐量', value: 126.39, unit: '万标箱', year: 2021, source: SRC_BBW },
      { label: '集装箱吞吐量同比增长', value: 36.81, unit: '%', year: 2021, source: SRC_BBW },
      { label: '西部陆海新通道海铁联运班列累计开行', value: 1325, unit: '列', year: 2021, source: SRC_BBW },
    ],
  },
};

export const BBW_MEETING = {
  date: '2021-04-23',
  title: '党建联盟启动暨现场调研',
  place: '广西北部湾港 · 钦州港',
  units: BBW_ALLIANCE.content.members.map((m) => m.key),
  summary:
    '北部湾国际门户港重大项目党建联盟启动，建立“1+4+5”长效运行机制；联盟成员到钦州港30万吨级油码头现场调研，协调解决项目推进中的难题。',
  decisions: [
    '建立“政治理论联学、实践活动联办、优势资源共享、党员队伍共建”四项联动机制',
    '打造五个平台，建立办实事项目清单，明确办理时序，抓好督办落实',
  ],
};

/** Demo lists (written for the demo): [member, kind, title, detail, category, tags]. */
export const BBW_OFFERS: Array<[string, 'resource' | 'need', string, string, OfferCategory, string[]]> = [
  ['m5', 'resource', '口岸通关政策解读', '为重大项目企业解读口岸通关政策与流程。', 'approval', ['口岸', '政策解读']],
  [
    'm6',
    'resource',
    '通航安全技术咨询',
    '为码头建设项目提供水上施工通航安全咨询。',
    'expertise',
    ['通航安全', '重大项目'],
  ],
  [
    'm10',
    'resource',
    '钦州港项目现场教学点',
    '30万吨级油码头建设现场，可作党性教育现场教学点。',
    'venue',
    ['现场教学', '党性教育'],
  ],
  [
    'm11',
    'need',
    '重大项目施工许可协同办理',
    '码头工程施工许可涉及多个部门，需要协同办理。',
    'approval',
    ['施工许可', '重大项目', '政策解读'],
  ],
  ['m8', 'need', '党史学习教育现场教学点', '支部党史学习教育需要项目一线现场教学点。', 'venue', ['现场教学']],
  ['m9', 'need', '通航安全专业支持', '工程质量监测需要水上作业通航安全专业支持。', 'expertise', ['通航安全']],
];
