import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { button, e2eSession, openTab, SHOTS, signIn as signInAs, text } from './harness';

const TABS = [
  ['home', '首页'],
  ['points', '积分'],
  ['stations', '驿站'],
  ['volunteer', '志愿'],
  ['me', '我的'],
] as const;

const session = e2eSession();
const cloud = () => session.cloud();
const signIn = (openid: string) => signInAs(session, openid);

describe('signing in as each demo persona', () => {
  const expected: Array<{ openid: string; sees: string[]; notSees: string[] }> = [
    { openid: 'demo_crew', sees: ['张海生', '加入党支部'], notSees: ['支部管理', '组织管理', '驿站管理'] },
    { openid: 'demo_member_a', sees: ['李红梅', '机关第一党支部'], notSees: ['加入党支部', '支部管理', '组织管理'] },
    { openid: 'demo_member_b', sees: ['王建军', '任城港航党支部'], notSees: ['支部管理', '组织管理'] },
    { openid: 'demo_secretary', sees: ['赵志刚', '支部书记', '支部管理'], notSees: ['组织管理', '驿站管理'] },
    { openid: 'demo_staff', sees: ['孙丽', '驿站工作人员', '驿站管理'], notSees: ['支部管理', '组织管理'] },
    { openid: 'demo_admin', sees: ['刘强', '管理员', '组织管理'], notSees: ['支部管理'] },
  ];
  for (const { openid, sees, notSees } of expected) {
    it(`${openid}: sees the five tabs and only their own work pages`, async () => {
      const page = await signIn(openid);
      const body = await text(page);
      for (const t of TABS) assert.ok(body.includes(t[1]), `tab ${t[1]}`);
      for (const s of sees) assert.ok(body.includes(s), `${openid} should see ${s}`);
      for (const s of notSees) assert.ok(!body.includes(s), `${openid} should not see ${s}`);
      await page.close();
    });
  }
});

describe('screenshots of every tab', () => {
  for (const openid of ['demo_crew', 'demo_secretary']) {
    it(`as ${openid}`, async () => {
      const page = await signIn(openid);
      for (const [name, label] of TABS) {
        await openTab(page, label);
        const file = path.join(SHOTS, `${openid}-${name}.png`);
        await page.screenshot({ path: file });
        assert.ok(fs.statSync(file).size > 10_000, `${file} has content`);
      }
      await page.close();
    });
  }
});

describe('permissions as a person meets them', () => {
  it('a member of another branch opening the secretary page is told why not', async () => {
    const page = await signIn('demo_member_b');
    // A fresh document, as when the link is opened directly: only this page is on screen.
    await page.goto(`${cloud().url}/?direct=1#/packages/admin/pages/branch/index`);
    await page.getByText('没有权限').first().waitFor();
    const body = await text(page);
    assert.match(body, /没有权限|只能|无权/);
    assert.doesNotMatch(body, /周航/, 'the other branch queue stays hidden');
    await page.screenshot({ path: path.join(SHOTS, 'demo_member_b-forbidden.png') });
    await page.close();
  });

  it('the server refuses an org admin removing their own admin role, and says why', async () => {
    const page = await signIn('demo_admin');
    await page.getByText('组织管理').click();
    await page.locator('.at-list__item', { hasText: '刘强' }).click();
    await page.locator('.role-editor').getByText('管理员', { exact: true }).click(); // untick
    await button(page, '保存').click();
    // The toast's wrapper has no box of its own (its children are fixed): find it by its text.
    await page.locator('.taro__toast').getByText(/不能取消自己的管理员权限/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'demo_admin-refused.png') });
    await page.close();
  });

  it('the secretary approves the waiting applicant, who then shows as a member', async () => {
    const page = await signIn('demo_secretary');
    await page.getByText('支部管理').click();
    await page.locator('.join-queue').getByText('周航').waitFor();
    await page.waitForTimeout(500); // the page slides in: let it finish before the screenshot
    await page.screenshot({ path: path.join(SHOTS, 'demo_secretary-branch-admin.png') });
    await button(page, '通过').click();
    await page.getByText('没有待审核的申请').waitFor();
    await page.close();
    const applicant = await signIn('demo_applicant');
    const body = await text(applicant);
    assert.ok(body.includes('党员') && body.includes('机关第一党支部'));
    assert.ok(!body.includes('加入党支部'));
    await applicant.close();
  });

  it('a crew member applies with an invite code and sees the request pending', async () => {
    const page = await signIn('demo_crew');
    await page.locator('input[placeholder="6 位，向支部书记索取"]').fill('rcdt26');
    await button(page, '提交申请').click();
    await page.getByText('已申请加入「任城港航党支部」，等待支部审核。').waitFor();
    await page.close();
  });
});
