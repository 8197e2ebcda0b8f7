/**
 * Stands in for wx.cloud in compiled-page tests: the app's real weapp transport
 * (Taro.cloud.callFunction) calls it, and it answers like a cloud function
 * would, from canned handlers. Records every call for assertions.
 */
function installFakeCloud(handlers) {
  const calls = [];
  global.wx.cloud = {
    init() {},
    callFunction({ name, data, success, fail }) {
      calls.push({ name, action: data.action, data: data.data });
      const handler = handlers[`${name}.${data.action}`];
      const result = handler ? { ok: true, data: handler(data.data) } : { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
      const res = { result, errMsg: 'cloud.callFunction:ok' };
      return Promise.resolve(res).then((r) => {
        if (success) success(r);
        return r;
      }, fail);
    },
  };
  return calls;
}

function me(overrides = {}) {
  const profile = {
    openid: 'o_test',
    name: '赵志刚',
    avatarUrl: '',
    phone: '13900000004',
    roles: ['crew', 'member', 'branch_admin'],
    branchId: 'br_jiguan1',
    orgId: 'org_jining',
    stationId: null,
    createdAt: '2026-01-05T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
    ...overrides.profile,
  };
  return {
    profile,
    branch: profile.branchId ? { id: profile.branchId, name: '机关第一党支部' } : null,
    org: profile.orgId ? { id: profile.orgId, name: '济宁市港航事业发展中心党委' } : null,
    station: null,
    pendingJoin: null,
    ...overrides.me,
  };
}

module.exports = { installFakeCloud, me };
