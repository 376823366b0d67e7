import { describe, expect, test } from 'vitest';
import { RuntimeConfigError, readRuntimeConfig } from './runtime-config.ts';

describe('runtime configuration', () => {
  test('defaults every port to its local adapter outside AWS', () => {
    expect(readRuntimeConfig({}).ports).toEqual({
      eventBus: 'local',
      commandQueue: 'local',
      database: 'sqlite',
      blobStore: 'local',
      idempotency: 'sqlite',
    });
  });

  test('group commit of the local database is on unless CONTENTFLOW_SQLITE_GROUP_COMMIT is "off"', () => {
    expect(readRuntimeConfig({}).sqliteGroupCommit).toBe(true);
    expect(readRuntimeConfig({ CONTENTFLOW_SQLITE_GROUP_COMMIT: 'off' }).sqliteGroupCommit).toBe(false);
    expect(() => readRuntimeConfig({ CONTENTFLOW_SQLITE_GROUP_COMMIT: 'no' })).toThrow(
      'CONTENTFLOW_SQLITE_GROUP_COMMIT must be "on" or "off", got "no"',
    );
  });

  test('inside Lambda every port defaults to AWS and each AWS setting is required', () => {
    expect(() => readRuntimeConfig({ AWS_LAMBDA_FUNCTION_NAME: 'fn' })).toThrow(
      /CONTENTFLOW_EVENT_BUS_NAME is required.*CONTENTFLOW_COMMAND_QUEUE_URL.*CONTENTFLOW_MEDIA_BUCKET.*CONTENTFLOW_IDEMPOTENCY_TABLE.*MONGODB_URI/,
    );
  });

  test('one port can be switched on its own, needing only its own setting', () => {
    const config = readRuntimeConfig({
      CONTENTFLOW_DATABASE: 'mongodb',
      MONGODB_URI: 'mongodb+srv://cluster.example.net',
    });
    expect(config.ports).toMatchObject({ database: 'mongodb', eventBus: 'local' });
    expect(config.aws).toEqual({ mongodbUri: 'mongodb+srv://cluster.example.net' });
    expect(() => readRuntimeConfig({ CONTENTFLOW_BLOB_STORE: 's3' })).toThrow(/CONTENTFLOW_MEDIA_BUCKET is required/);
  });

  test('MongoDB may be given as a Secrets Manager ARN instead of a URI', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:contentflow/mongodb-AbCdEf';
    expect(readRuntimeConfig({ CONTENTFLOW_DATABASE: 'mongodb', CONTENTFLOW_MONGODB_SECRET_ARN: arn }).aws).toEqual({
      mongodbSecretArn: arn,
    });
    expect(() => readRuntimeConfig({ CONTENTFLOW_DATABASE: 'mongodb' })).toThrow(
      /MONGODB_URI \(or CONTENTFLOW_MONGODB_SECRET_ARN\)/,
    );
  });

  test('an unknown choice names the variable and the allowed values', () => {
    expect(() => readRuntimeConfig({ CONTENTFLOW_EVENT_BUS: 'kafka' })).toThrow(
      new RuntimeConfigError(
        'invalid runtime configuration: CONTENTFLOW_EVENT_BUS must be one of local, eventbridge, got "kafka"',
      ),
    );
    expect(() => readRuntimeConfig({ CONTENTFLOW_RUNTIME: 'cloud' })).toThrow(/must be "local" or "aws"/);
  });
});
