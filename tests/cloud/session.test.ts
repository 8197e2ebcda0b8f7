import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SessionSigner } from '../../cloud/local/host/session';

describe('session tokens', () => {
  const signer = new SessionSigner(Buffer.alloc(32, 7));
  const token = signer.issue('member_a', 'wxtest');

  it('accepts a token exactly as issued', () => {
    assert.equal(signer.verify(token)?.openid, 'member_a');
  });

  it('refuses anything appended to, or taken from, a valid token', () => {
    for (const bad of [`${token}.anything`, `${token}.`, `${token}=`, `${token} `, ` ${token}`, `${token}\n`, token.slice(0, -1), `.${token}`]) {
      assert.equal(signer.verify(bad), null, JSON.stringify(bad));
    }
  });

  it('refuses an expired token and one signed with another key', () => {
    assert.equal(signer.verify(signer.issue('member_a', 'wxtest', Date.now() - 8 * 24 * 3600 * 1000)), null);
    assert.equal(new SessionSigner(Buffer.alloc(32, 8)).verify(token), null);
  });
});
