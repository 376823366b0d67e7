import { isDeepStrictEqual } from 'node:util';
import type { ServiceManifest } from '@contentflow/platform';
import type { Template } from 'aws-cdk-lib/assertions';
import type { ResourceNames } from '../config/resource-names.ts';

export interface RuleParity {
  /** Subscriptions and schedules with no rule in any template. */
  missing: string[];
  /** Rules no manifest asked for. */
  unexpected: string[];
  /** Rules whose pattern or schedule differs from their manifest entry's. */
  mismatched: string[];
}

/** What fires a rule: an event pattern, or a schedule expression. */
interface Trigger {
  EventPattern?: unknown;
  ScheduleExpression?: string;
}

/** EventBridge's rate expression, written out here rather than asked of CDK, so the check is independent. */
function rateExpression(minutes: number): string {
  return `rate(${minutes} ${minutes === 1 ? 'minute' : 'minutes'})`;
}

/**
 * Every EventBridge rule of the synthesized templates against every event subscription (same pattern) and every
 * schedule (same rate) of the manifests.
 */
export function checkRuleParity(
  templates: readonly Template[],
  manifests: readonly ServiceManifest[],
  names: ResourceNames,
): RuleParity {
  const rules = new Map<string, Trigger>();
  for (const template of templates) {
    for (const rule of Object.values(template.findResources('AWS::Events::Rule'))) {
      const { Name, EventPattern, ScheduleExpression } = rule['Properties'] as Trigger & { Name: string };
      rules.set(Name, {
        ...(EventPattern === undefined ? {} : { EventPattern }),
        ...(ScheduleExpression === undefined ? {} : { ScheduleExpression }),
      });
    }
  }
  const expected = new Map<string, Trigger>(
    manifests.flatMap((manifest) => [
      ...manifest.subscriptions.map((subscription): [string, Trigger] => [
        names.ruleName(subscription.name),
        { EventPattern: JSON.parse(JSON.stringify(subscription.eventPattern)) as unknown },
      ]),
      ...manifest.schedules.map((schedule): [string, Trigger] => [
        names.ruleName(schedule.name),
        { ScheduleExpression: rateExpression(schedule.rate.minutes) },
      ]),
    ]),
  );
  return {
    missing: [...expected.keys()].filter((name) => !rules.has(name)),
    unexpected: [...rules.keys()].filter((name) => !expected.has(name)),
    mismatched: [...expected]
      .filter(([name, trigger]) => rules.has(name) && !isDeepStrictEqual(rules.get(name), trigger))
      .map(([name]) => name),
  };
}
