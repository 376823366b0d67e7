import { Duration, Stack } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { CfnRegistry, CfnSchema } from 'aws-cdk-lib/aws-eventschemas';
import type { Construct } from 'constructs';
import { EVENT_BUS_NAME } from '../config/resource-names.ts';
import type { PlatformStackProps } from '../shared/platform-stack-props.ts';
import { publishParameter } from '../shared/shared-parameters.ts';
import { registrySchemas } from './bus/registry-schemas.ts';

/** Replay reaches back this far (`contentflow events replay` locally; StartReplay in AWS). */
const ARCHIVE_RETENTION = Duration.days(365);

/** The shared EventBridge bus, an archive of every event on it, and a registry of the published event schemas. */
export class BusStack extends Stack {
  readonly bus: EventBus;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { names } = props;
    this.bus = new EventBus(this, 'Bus', { eventBusName: EVENT_BUS_NAME, description: 'ContentFlow events' });
    this.bus.archive('Archive', {
      archiveName: names.physicalName('all-events'),
      description: 'Every event on the ContentFlow bus, for replay.',
      // Every event put on the bus carries this account; an archive needs some pattern, this one matches all.
      eventPattern: { account: [this.account] },
      retention: ARCHIVE_RETENTION,
    });

    const registry = new CfnRegistry(this, 'SchemaRegistry', {
      registryName: names.physicalName('events'),
      description: 'Published ContentFlow event versions (generated from the zod contracts in events/).',
    });
    for (const schema of registrySchemas()) {
      new CfnSchema(this, `Schema:${schema.schemaName}`, {
        registryName: registry.attrRegistryName,
        schemaName: schema.schemaName,
        type: 'JSONSchemaDraft4',
        description: schema.description,
        content: schema.content,
      });
    }

    publishParameter(this, names, 'bus-arn', this.bus.eventBusArn, 'The ContentFlow event bus ARN');
    publishParameter(this, names, 'bus-name', this.bus.eventBusName, 'The ContentFlow event bus name');
  }
}
