import type { DatabaseSync } from 'node:sqlite';
import { type CompiledEventPattern, compileEventPattern } from '../../event-pattern/index.ts';
import { inTransaction } from '../sqlite/open-database.ts';
import type { TargetKey } from './delivery-store.ts';

export interface StoredRule {
  name: string;
  pattern: CompiledEventPattern;
  targetIds: string[];
}

/**
 * The rules of the bus, shared by every process on the file. Compiled patterns are cached and reloaded only
 * when some process changed a rule (the version row), so matching an event costs no rule query.
 */
export class RuleStore {
  readonly #db: DatabaseSync;
  readonly #statements;
  #loadedVersion = -1;
  #rules = new Map<string, StoredRule>();

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#statements = {
      version: db.prepare('SELECT version FROM bus_rules_version WHERE id = 1'),
      bump: db.prepare('UPDATE bus_rules_version SET version = version + 1 WHERE id = 1'),
      rules: db.prepare(`SELECT r.name, r.event_pattern, json_group_array(t.target_id) AS target_ids
        FROM bus_rules r JOIN bus_targets t ON t.rule_name = r.name GROUP BY r.name ORDER BY r.name`),
      upsertRule: db.prepare(`INSERT INTO bus_rules (name, event_pattern) VALUES (?, ?)
        ON CONFLICT (name) DO UPDATE SET event_pattern = excluded.event_pattern`),
      upsertTarget: db.prepare('INSERT OR IGNORE INTO bus_targets (rule_name, target_id) VALUES (?, ?)'),
      deleteRule: db.prepare('DELETE FROM bus_rules WHERE name = ?'),
    };
  }

  /**
   * Creates or updates a rule and adds its targets, like PutRule + PutTargets: targets other processes added
   * stay until the rule is deleted. The pattern must already be validated.
   */
  put(name: string, eventPattern: string, targetIds: readonly string[]): void {
    inTransaction(this.#db, () => {
      this.#statements.upsertRule.run(name, eventPattern);
      for (const targetId of targetIds) this.#statements.upsertTarget.run(name, targetId);
      this.#statements.bump.run();
    });
  }

  /** Call inside the transaction that drops the rule's pending deliveries. */
  delete(name: string): void {
    this.#statements.deleteRule.run(name);
    this.#statements.bump.run();
  }

  get(name: string): StoredRule | undefined {
    return this.#current().get(name);
  }

  /** Every (rule, target) whose rule matches the event. */
  targetsFor(event: unknown): TargetKey[] {
    const targets: TargetKey[] = [];
    for (const rule of this.#current().values()) {
      if (rule.pattern.matches(event)) {
        for (const targetId of rule.targetIds) targets.push({ ruleName: rule.name, targetId });
      }
    }
    return targets;
  }

  #current(): Map<string, StoredRule> {
    const version = Number(this.#statements.version.get()?.['version']);
    if (version !== this.#loadedVersion) {
      const rules = new Map<string, StoredRule>();
      for (const row of this.#statements.rules.all()) {
        const pattern = compileEventPattern(String(row['event_pattern']));
        const targetIds = (JSON.parse(String(row['target_ids'])) as unknown[]).map(String);
        rules.set(String(row['name']), { name: String(row['name']), pattern, targetIds });
      }
      this.#rules = rules;
      this.#loadedVersion = version;
    }
    return this.#rules;
  }
}
