import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { compileEventPattern } from '../../event-pattern/index.ts';
import { inTransaction } from '../sqlite/open-database.ts';
import type { DeliveryStore, TargetKey } from './delivery-store.ts';
import type { EventArchive, ReplayRecord } from './event-archive.ts';
import { resourceName } from './rule-registration.ts';
import type { RuleStore } from './rule-store.ts';

export interface ReplayRequest {
  /** 1–64 of `A-Z a-z 0-9 . - _`, unique among replays; delivered events carry it as `replay-name`. */
  name: string;
  /** Archived events whose own time is in [from, to) are replayed. */
  from: Date;
  to: Date;
  /** Only events that also match this event pattern. */
  pattern?: unknown;
  /** The rule whose pattern and targets receive the events (EventBridge's FilterArns); all its targets by default. */
  destination: { rule: string; targetIds?: string[] };
}

/** A request that cannot be replayed (bad fields, unknown rule or target, name taken); nothing was replayed. */
export class InvalidReplayError extends Error {
  override name = 'InvalidReplayError';
}

const replaySchema = z
  .object({
    name: resourceName,
    from: z.date(),
    to: z.date(),
    pattern: z.unknown().optional(),
    destination: z.object({ rule: resourceName, targetIds: z.array(resourceName).min(1).optional() }),
  })
  .refine((request) => request.from < request.to, 'from must be before to');

export interface ReplayStores {
  db: DatabaseSync;
  archive: EventArchive;
  deliveries: DeliveryStore;
  rules: RuleStore;
}

/**
 * Creates, in one transaction, a delivery marked with the replay's name for every archived event in the range
 * that matches the destination rule (and the optional pattern), to each chosen target of that rule.
 */
export function replayArchive(
  stores: ReplayStores,
  request: ReplayRequest,
  now: number,
): { record: ReplayRecord; targets: TargetKey[] } {
  const parsed = replaySchema.safeParse(request);
  if (!parsed.success) throw new InvalidReplayError(`Invalid replay:\n${z.prettifyError(parsed.error)}`);
  const { name, from, to, pattern, destination } = parsed.data;
  const filter = pattern === undefined ? undefined : compileEventPattern(pattern);
  return inTransaction(stores.db, () => {
    if (stores.archive.replay(name)) throw new InvalidReplayError(`Replay ${name} already exists`);
    const rule = stores.rules.get(destination.rule);
    if (!rule) throw new InvalidReplayError(`Replay ${name}: no rule named ${destination.rule}`);
    const targetIds = destination.targetIds ?? rule.targetIds;
    const unknown = targetIds.filter((id) => !rule.targetIds.includes(id));
    if (unknown.length > 0) throw new InvalidReplayError(`Replay ${name}: rule ${rule.name} has no target ${unknown}`);
    let eventsReplayed = 0;
    for (const archived of stores.archive.between(from, to)) {
      const event: unknown = JSON.parse(archived.body);
      if (!rule.pattern.matches(event) || (filter && !filter.matches(event))) continue;
      eventsReplayed += 1;
      for (const targetId of targetIds) {
        stores.deliveries.insert({ eventId: archived.id, ruleName: rule.name, targetId, replayName: name }, now);
      }
    }
    const record: ReplayRecord = {
      name,
      ruleName: rule.name,
      eventStartTime: from,
      eventEndTime: to,
      eventsReplayed,
      deliveriesCreated: eventsReplayed * targetIds.length,
      replayStartTime: new Date(now),
    };
    stores.archive.insertReplay(record);
    return { record, targets: targetIds.map((targetId) => ({ ruleName: rule.name, targetId })) };
  });
}
