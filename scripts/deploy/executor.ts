/**
 * Runs a plan's steps in order through the same CloudClient the planner read from, stopping at
 * the first failure (a rerun plans only what is still missing). Before creating an index it asks
 * again whether it exists: creating an existing index drops and rebuilds it.
 */
import { describeStep } from './report';
import type { CloudClient, Plan, Step } from './types';

export interface ExecuteResult {
  done: number;
  skipped: string[];
  /** Functions whose status is not Active after the run (deploy failed online). */
  notActive: Array<{ name: string; status: string }>;
}

async function runStep(step: Step, client: CloudClient): Promise<string | null> {
  switch (step.kind) {
    case 'createCollection':
      return client.createCollection(step.collection).then(() => null);
    case 'createIndex':
      if (await client.indexExists(step.collection, step.index.name))
        return `${step.collection}.${step.index.name} 已存在，未重建`;
      return client.createIndex(step.collection, step.index).then(() => null);
    case 'setCollectionAcl':
      return client.setCollectionAcl(step.collection, step.acl).then(() => null);
    case 'setStorageRule':
      return client.setStorageRule(step.rule).then(() => null);
    case 'createFunction':
      return client.createFunction(step.settings, step.dir, step.triggers).then(() => null);
    case 'updateFunctionCode':
      await client.updateFunctionCode(step.name, step.dir);
      // The description carries the code stamp: set it only once the code is up.
      return client.updateFunctionConfig(step.settings).then(() => null);
    case 'updateFunctionConfig':
      return client.updateFunctionConfig(step.settings).then(() => null);
    case 'createTrigger':
      return client.createTrigger(step.functionName, step.trigger).then(() => null);
    case 'deleteTrigger':
      return client.deleteTrigger(step.functionName, step.triggerName).then(() => null);
  }
}

const functionOf = (step: Step): string | null => {
  switch (step.kind) {
    case 'createFunction':
    case 'updateFunctionConfig':
      return step.settings.name;
    case 'updateFunctionCode':
      return step.name;
    case 'createTrigger':
    case 'deleteTrigger':
      return step.functionName;
    default:
      return null;
  }
};

export async function executePlan(
  plan: Plan,
  client: CloudClient,
  log: (line: string) => void = console.log,
): Promise<ExecuteResult> {
  const result: ExecuteResult = { done: 0, skipped: [], notActive: [] };
  for (const [i, step] of plan.steps.entries()) {
    log(`[${i + 1}/${plan.steps.length}] ${describeStep(step)}`);
    try {
      const skipped = await runStep(step, client);
      if (skipped) {
        log(`    跳过：${skipped}`);
        result.skipped.push(skipped);
      } else result.done += 1;
    } catch (err) {
      throw new Error(
        `第 ${i + 1} 步失败（${describeStep(step)}）：${(err as Error).message}。已完成的步骤不会重复：修正后重新运行即可。`,
      );
    }
  }
  // createFunction can answer OK while the deployment fails online (e.g. dependency install): ask.
  const touched = [...new Set(plan.steps.map(functionOf).filter((n): n is string => n !== null))];
  for (const name of touched) {
    const status = (await client.getFunction(name))?.status ?? 'missing';
    if (status !== 'Active') result.notActive.push({ name, status });
  }
  return result;
}
