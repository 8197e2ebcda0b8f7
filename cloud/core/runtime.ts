// Where the functions run: CloudBase, or the local cloud (which points the SDK at a loopback
// endpoint; CloudBase never does). WeChat's own services (content checks, subscribe messages) are
// not reachable locally, and their callers use a stand-in there.

export function inLocalCloud(): boolean {
  try {
    const url = (JSON.parse(process.env['TCB_CONTEXT_CNFG'] ?? '{}') as { URL?: string }).URL ?? '';
    return /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url);
  } catch {
    return false;
  }
}
