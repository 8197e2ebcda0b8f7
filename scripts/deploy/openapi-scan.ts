/**
 * Which WeChat cloud calls (`cloud.openapi.<namespace>.<method>`) a bundled function makes.
 * WeChat grants a function only the calls its config.json declares (else -604101 online),
 * so the deploy and the tests compare this list with permissions.openapi.
 */

export interface OpenapiUse {
  /** `namespace.method`, sorted, unique. */
  calls: string[];
  /** Uses that cannot be read statically (`openapi[x]`, destructuring): excerpts to show. */
  dynamic: string[];
}

const USE = /\bopenapi\b(\s*\.\s*([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*))?/g;

export function scanOpenapi(code: string): OpenapiUse {
  const calls = new Set<string>();
  const dynamic: string[] = [];
  for (const m of code.matchAll(USE)) {
    if (m[2] && m[3]) calls.add(`${m[2]}.${m[3]}`);
    else dynamic.push(code.slice(Math.max(0, m.index - 40), m.index + 60).replace(/\s+/g, ' '));
  }
  return { calls: [...calls].sort(), dynamic };
}

/** Calls in `code` that `declared` does not list; a dynamic use counts as undeclared. */
export function undeclaredOpenapi(code: string, declared: readonly string[]): string[] {
  const { calls, dynamic } = scanOpenapi(code);
  return [
    ...calls.filter((c) => !declared.includes(c)),
    ...dynamic.map((d) => `(无法静态识别的 openapi 用法: …${d}…)`),
  ];
}
