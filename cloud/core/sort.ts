/** Orders by `name` as Chinese readers expect (pinyin), not by code point. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'zh-Hans-CN');
}
