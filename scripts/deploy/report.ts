/** One line per step and per finding, in Chinese for the person running the deploy. */
import type { Finding, Plan, Step } from './types';

export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'createCollection':
      return `创建集合 ${step.collection}`;
    case 'createIndex':
      return `创建索引 ${step.collection}.${step.index.name} (${step.index.fields.map(([f, d]) => `${f}:${d}`).join(', ')}${step.index.unique ? ', 唯一' : ''})`;
    case 'setCollectionAcl':
      return `集合 ${step.collection} 权限 ${step.was ?? '（新建）'} → ${step.acl}`;
    case 'setStorageRule':
      return `云存储安全规则 → read: ${String(step.rule.read)}; write: ${String(step.rule.write)}`;
    case 'createFunction':
      return `新建云函数 ${step.settings.name}（${step.settings.runtime}, ${step.settings.timeout}s, ${step.settings.memorySize}MB, 定时触发器 ${step.triggers.length} 个）`;
    case 'updateFunctionCode':
      return `更新云函数 ${step.name} 的代码和配置（${step.settings.description}）`;
    case 'updateFunctionConfig':
      return `更新云函数 ${step.settings.name} 的配置：${step.changed.join(', ')}`;
    case 'createTrigger':
      return `云函数 ${step.functionName} 新建定时触发器 ${step.trigger.name}（${step.trigger.config}）`;
    case 'deleteTrigger':
      return `云函数 ${step.functionName} 删除定时触发器 ${step.triggerName}`;
  }
}

export function describeFinding(f: Finding): string {
  switch (f.kind) {
    case 'indexDiffers':
      return `索引 ${f.collection}.${f.index} 与声明不同（线上 ${JSON.stringify(f.remote.keys)}${f.remote.unique ? ' 唯一' : ''}，声明 ${JSON.stringify(f.declared.keys)}${f.declared.unique ? ' 唯一' : ''}）：部署不会删除重建，请在控制台确认后手动处理`;
    case 'runtimeDiffers':
      return `云函数 ${f.function} 的运行时是 ${f.remote}，应为 ${f.declared}：运行时只能在创建时设定，请在控制台删除该函数后重新部署`;
    case 'envKeptFromRemote':
      return `云函数 ${f.function} 的环境变量 ${f.variable} 未在本机设置，沿用线上的值`;
    case 'envMissing':
      return `云函数 ${f.function} 的环境变量 ${f.variable} 本机和线上都没有：相关功能（如订阅消息）不会启用`;
    case 'envDropped':
      return `云函数 ${f.function} 的环境变量 ${f.variable} 线上有、但未声明或本机设为空：更新配置时会被移除（没有其他变量时部署无法清空，需在控制台删除）`;
    case 'functionNotActive':
      return `云函数 ${f.function} 当前状态为 ${f.status}（不是 Active）`;
    case 'undeclaredFunction':
      return `线上有项目中没有的云函数 ${f.function}（不会删除）`;
    case 'undeclaredCollection':
      return `线上有 indexes.json 未声明的集合 ${f.collection}（不会删除）`;
    case 'undeclaredIndex':
      return `线上有未声明的索引 ${f.collection}.${f.index}（不会删除）`;
  }
}

export function planSummary(plan: Plan): string {
  const lines = [
    `环境 ${plan.envId}${plan.against === 'empty' ? '（未提供密钥：按空环境规划）' : ''}：${plan.steps.length === 0 ? '没有需要变更的内容' : `${plan.steps.length} 个步骤`}`,
    ...plan.steps.map((s, i) => `  ${i + 1}. ${describeStep(s)}`),
  ];
  if (plan.findings.length > 0) lines.push('需要注意：', ...plan.findings.map((f) => `  - ${describeFinding(f)}`));
  return lines.join('\n');
}
