/**
 * A plausible year of 党员量化积分 for the demo personas (demo-data.ts): which items of the default
 * standard each earned and how often. Full-year totals: 李红梅 44, 赵志刚 71, 王建军 29, 刘强 56,
 * spread over the months of the year so far (from June on, all of it fits the monthly caps).
 */

export interface DemoHabit {
  itemId: string;
  /** How many times this year (spread evenly over the months so far). */
  times: number;
  /** What the member wrote, or why the branch recorded it. */
  note: string;
  /** A month's own words (1-12), where the month sets the theme (主题党日). */
  byMonth?: Record<number, string>;
}

/** 主题党日 themes by month, as branches hold them: each entry reads true for its own month. */
const PARTY_DAY_THEMES: Record<number, string> = {
  1: '参加“新春走访慰问老党员”主题党日',
  2: '参加“学习贯彻全会精神”主题党日',
  3: '参加“学雷锋 志愿服务进港区”主题党日',
  4: '参加“清明祭英烈”主题党日',
  5: '参加“青春建功新时代”主题党日',
  6: '参加“安全生产月”主题党日',
  7: '参加“感怀英雄事迹 引燃红色七月”主题党日',
  8: '参加“八一”拥军慰问主题党日',
  9: '参加“铭记历史 勿忘国耻”主题党日',
  10: '参加“喜迎国庆 升国旗”主题党日',
  11: '参加“廉洁文化进港航”主题党日',
  12: '参加“12·4”宪法宣传日主题党日',
};

export interface DemoMemberPoints {
  openid: string;
  name: string;
  branchId: string;
  /** Who approved their claims and recorded their awards. */
  by: { openid: string; name: string };
  habits: DemoHabit[];
}

const SECRETARY = { openid: 'demo_secretary', name: '赵志刚' };
const ADMIN = { openid: 'demo_admin', name: '刘强' };
/** 刘强's own points are recorded by the 党委 office, not by himself. */
const PARTY_OFFICE = { openid: 'demo_party_office', name: '中心党委办公室' };

export const DEMO_POINTS: DemoMemberPoints[] = [
  {
    openid: 'demo_member_a',
    name: '李红梅',
    branchId: 'br_jiguan1',
    by: SECRETARY,
    habits: [
      { itemId: 'org_party_day', times: 6, note: '参加支部主题党日', byMonth: PARTY_DAY_THEMES },
      { itemId: 'study_session', times: 6, note: '参加支部集中学习' },
      { itemId: 'volunteer_service', times: 2, note: '“水上安全知识进校园”志愿服务' },
      { itemId: 'study_xxqg', times: 2, note: '“学习强国”当月学习积分达标' },
    ],
  },
  {
    openid: 'demo_secretary',
    name: '赵志刚',
    branchId: 'br_jiguan1',
    by: ADMIN,
    habits: [
      { itemId: 'org_meeting', times: 10, note: '主持支部委员会、讲专题党课' },
      { itemId: 'study_session', times: 8, note: '参加中心党委理论学习' },
      { itemId: 'volunteer_service', times: 3, note: '“济舟港湾”红色驿站党员志愿服务' },
      { itemId: 'pioneer_post', times: 2, note: '党员示范岗履职：航道巡查' },
    ],
  },
  {
    openid: 'demo_member_b',
    name: '王建军',
    branchId: 'br_rencheng',
    by: ADMIN,
    habits: [
      { itemId: 'org_party_day', times: 5, note: '参加支部主题党日', byMonth: PARTY_DAY_THEMES },
      { itemId: 'volunteer_crew', times: 3, note: '海员之家值守，为船员办理证书帮办' },
      { itemId: 'study_session', times: 5, note: '参加支部集中学习' },
      { itemId: 'deduct_absent', times: 1, note: '无故缺席支部党员大会' },
    ],
  },
  {
    openid: 'demo_admin',
    name: '刘强',
    branchId: 'br_zhihui',
    by: PARTY_OFFICE,
    habits: [
      { itemId: 'org_meeting', times: 8, note: '参加“三会一课”' },
      { itemId: 'study_essay', times: 2, note: '撰写智慧港航建设学习体会' },
      { itemId: 'volunteer_service', times: 2, note: '“政企共建心连心 爱港护航添新绿”植树共建' },
      { itemId: 'honor_city', times: 1, note: '获市直机关“优秀党务工作者”' },
      { itemId: 'study_xxqg', times: 3, note: '“学习强国”当月学习积分达标' },
    ],
  },
];

/** A claim waiting in 赵志刚's queue, so the secretary has something to approve. */
export const DEMO_PENDING_CLAIM = {
  openid: 'demo_member_a',
  // An item she has no other points for, so its monthly cap never refuses the approval.
  itemId: 'org_meeting',
  note: '参加支部党员大会，学习贯彻全会精神',
};
