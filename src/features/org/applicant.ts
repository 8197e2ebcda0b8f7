import type { JoinQueueItem } from '@contracts/org';
import { rolesText } from './components/member-list';

/** 现有身份：… for the deciding secretary: roles, the org the person belongs to, and their station. */
export function applicantText({ applicant }: Pick<JoinQueueItem, 'applicant'>): string {
  const station = applicant.station ? `（${applicant.station.name} · ${applicant.station.orgName}）` : '';
  const org = applicant.org ? ` · 所属单位：${applicant.org.name}` : ' · 未加入任何单位';
  return `现有身份：${rolesText(applicant.roles)}${station}${org}`;
}

/** How the request came: 邀请码, or the roster check's result, which the secretary verifies. */
export function viaText(item: Pick<JoinQueueItem, 'via' | 'rosterMatch'>): string {
  if (item.via === 'invite') return '邀请码';
  return item.rosterMatch === 'matched' ? '名册相符' : '名册中未找到';
}
