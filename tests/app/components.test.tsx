import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setTransport } from '../../src/api/client';
import { AdminEntries } from '../../src/features/account/components/admin-entries';
import { JoinBranch } from '../../src/features/account/components/join-branch';
import { JoinQueue } from '../../src/features/org/components/join-queue';
import { makeMe } from './fixtures';

describe('AdminEntries', () => {
  it('offers each work page only to the role that may use it', () => {
    const { rerender, container } = render(<AdminEntries me={makeMe(['crew', 'member'])} />);
    expect(container.textContent).toBe('');
    rerender(<AdminEntries me={makeMe(['crew', 'member', 'branch_admin'])} />);
    expect(screen.getByText('支部管理')).toBeInTheDocument();
    expect(screen.queryByText('组织管理')).toBeNull();
    rerender(<AdminEntries me={makeMe(['crew', 'member', 'org_admin'])} />);
    expect(screen.getByText('组织管理')).toBeInTheDocument();
    rerender(<AdminEntries me={makeMe(['crew', 'station_staff'])} />);
    fireEvent.click(screen.getByText('驿站管理'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/station/index' });
  });
});

describe('JoinBranch', () => {
  it('submits the invite code in capitals with the name', async () => {
    const transport = jest.fn().mockResolvedValue({ ok: true, data: null });
    setTransport(transport);
    const { container } = render(<JoinBranch me={makeMe(['crew'])} />);
    const inputs = container.querySelectorAll('input');
    fireEvent.change(inputs[0]!, { target: { value: '周航' } });
    fireEvent.change(inputs[1]!, { target: { value: 'hflh26' } });
    fireEvent.click(screen.getByText('提交申请'));
    await waitFor(() =>
      expect(transport).toHaveBeenCalledWith('account', 'requestJoin', { inviteCode: 'HFLH26', name: '周航', requestId: expect.stringMatching(/^[a-z0-9]{8,}$/) }),
    );
  });

  it('by roster: loads the branches to pick from, and asks for one before sending', async () => {
    const transport = jest.fn().mockResolvedValue({ ok: true, data: [] });
    setTransport(transport);
    render(<JoinBranch me={makeMe(['crew'])} />);
    fireEvent.click(screen.getByText('名册匹配'));
    await waitFor(() => expect(transport).toHaveBeenCalledWith('org', 'listBranches', undefined));
    expect(screen.getByText('所在支部')).toBeInTheDocument();
    fireEvent.click(screen.getByText('提交申请'));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请选择所在支部' })));
    expect(transport).not.toHaveBeenCalledWith('account', 'requestJoin', expect.anything());
  });

  it('shows the server refusal in a toast', async () => {
    setTransport(jest.fn().mockResolvedValue({ ok: false, code: 'NOT_FOUND', message: '邀请码无效' }));
    render(<JoinBranch me={makeMe(['crew'])} />);
    fireEvent.click(screen.getByText('提交申请'));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '邀请码无效' })));
  });

  it('shows a pending request and lets the person withdraw it', async () => {
    const transport = jest.fn().mockResolvedValue({ ok: true, data: null });
    setTransport(transport);
    const me = makeMe(['crew'], {
      pendingJoin: {
        id: 'jr1',
        openid: 'o_1',
        name: '李红梅',
        phone: null,
        orgId: 'org_jining',
        branchId: 'br_jiguan1',
        branchName: '机关第一党支部',
        via: 'invite',
        status: 'pending',
        reason: null,
        createdAt: '2026-11-20T00:00:00.000Z',
        decidedAt: null,
      },
    });
    render(<JoinBranch me={me} />);
    expect(screen.getByText(/已申请加入「机关第一党支部」/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('撤回申请'));
    await waitFor(() => expect(transport).toHaveBeenCalledWith('account', 'cancelJoin', undefined));
  });
});

describe('JoinQueue', () => {
  const item = {
    id: 'jr1',
    openid: 'o_2',
    name: '陈晓航',
    phone: '13800000011',
    orgId: 'org_jining',
    branchId: 'br_jiguan1',
    branchName: '机关第一党支部',
    via: 'roster' as const,
    status: 'pending' as const,
    reason: null,
    createdAt: '2026-11-20T00:00:00.000Z',
    decidedAt: null,
  };

  it('shows the roster check and who is asking, so the secretary can verify', async () => {
    setTransport(
      jest.fn().mockResolvedValue({
        ok: true,
        data: [
          { ...item, rosterMatch: 'not_found', applicant: { roles: ['crew', 'station_staff'], org: null, station: { id: 'st_a', name: '安庆水上服务区', orgName: '安庆港航党委' } } },
          { ...item, id: 'jr2', name: '周航', via: 'invite', rosterMatch: null, applicant: { roles: ['crew'], org: null, station: null } },
        ],
      }),
    );
    render(<JoinQueue />);
    await screen.findByText('名册中未找到');
    expect(screen.getByText('名册中没有此姓名和手机号，请核实后再通过')).toBeInTheDocument();
    expect(screen.getByText('现有身份：驿站工作人员（安庆水上服务区 · 安庆港航党委） · 未加入任何单位')).toBeInTheDocument();
    expect(screen.getByText('邀请码')).toBeInTheDocument();
    expect(screen.getByText('现有身份：船员 · 未加入任何单位')).toBeInTheDocument();
  });
});
