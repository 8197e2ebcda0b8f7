/**
 * What wx-server-sdk needs in process.env to talk to the local cloud: it signs
 * every request, and any non-empty credentials do locally; TENCENTCLOUD=true
 * skips a metadata-host lookup (25-65 ms) before each call.
 */
export function setLocalSdkCredentials(): void {
  process.env['TENCENTCLOUD_SECRETID'] ??= 'localcloud';
  process.env['TENCENTCLOUD_SECRETKEY'] ??= 'localcloud';
  process.env['TENCENTCLOUD'] = 'true';
}
