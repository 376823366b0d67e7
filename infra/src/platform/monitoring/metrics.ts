import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';

/**
 * CloudWatch metrics addressed by physical name rather than by construct, so the monitoring stack watches
 * resources of stacks it never references.
 */
const PERIOD = Duration.minutes(5);

export function lambdaMetric(functionName: string, metricName: string, statistic = 'Sum'): Metric {
  return new Metric({
    namespace: 'AWS/Lambda',
    metricName,
    dimensionsMap: { FunctionName: functionName },
    statistic,
    period: PERIOD,
    label: `${functionName} ${metricName}`,
  });
}

export function queueMetric(queueName: string, metricName = 'ApproximateNumberOfMessagesVisible'): Metric {
  return new Metric({
    namespace: 'AWS/SQS',
    metricName,
    dimensionsMap: { QueueName: queueName },
    statistic: 'Maximum',
    period: PERIOD,
    label: `${queueName} ${metricName}`,
  });
}

export function stateMachineMetric(stateMachineArn: string, label: string, metricName: string): Metric {
  return new Metric({
    namespace: 'AWS/States',
    metricName,
    dimensionsMap: { StateMachineArn: stateMachineArn },
    statistic: 'Sum',
    period: PERIOD,
    label: `${label} ${metricName}`,
  });
}

export function loadBalancerMetric(loadBalancerFullName: string, metricName: string, statistic = 'Sum'): Metric {
  return new Metric({
    namespace: 'AWS/ApplicationELB',
    metricName,
    dimensionsMap: { LoadBalancer: loadBalancerFullName },
    statistic,
    period: PERIOD,
    label: metricName,
  });
}
