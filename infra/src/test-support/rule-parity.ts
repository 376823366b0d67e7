import { isDeepStrictEqual } from 'node:util';
import type { ServiceManifest } from '@contentflow/platform';
import type { Template } from 'aws-cdk-lib/assertions';
import type { ResourceNames } from '../config/resource-names.ts';

export interface RuleParity {
  /** Subscriptions with no rule in any template. */
  missing: string[];
  /** Rules no manifest asked for. */
  unexpected: string[];
  /** Rules whose pattern differs from their subscription's. */
  mismatched: string[];
}

/** Every EventBridge rule of the synthesized templates against every event subscription of the manifests. */
export function checkRuleParity(
  templates: readonly Template[],
  manifests: readonly ServiceManifest[],
  names: ResourceNames,
): RuleParity {
  const rules = new Map<string, unknown>();
  for (const template of templates) {
    for (const rule of Object.values(template.findResources('AWS::Events::Rule'))) {
      const properties = rule['Properties'] as { Name: string; EventPattern: unknown };
      rules.set(properties.Name, properties.EventPattern);
    }
  }
  const expected = new Map<string, unknown>(
    manifests.flatMap((manifest) =>
      manifest.subscriptions.map((subscription) => [
        names.ruleName(subscription.name),
        JSON.parse(JSON.stringify(subscription.eventPattern)) as unknown,
      ]),
    ),
  );
  return {
    missing: [...expected.keys()].filter((name) => !rules.has(name)),
    unexpected: [...rules.keys()].filter((name) => !expected.has(name)),
    mismatched: [...expected]
      .filter(([name, pattern]) => rules.has(name) && !isDeepStrictEqual(rules.get(name), pattern))
      .map(([name]) => name),
  };
}
