import { v7 } from 'uuid';

/**
 * A UUID version 7 (RFC 9562): 48-bit Unix milliseconds then a counter seeded with random bits, so ids sort by
 * creation time, within a millisecond too — handy for archives, replays and logs. `uuid` draws its random bits
 * from a pool (one system call per 16 ids rather than one each) and runs in browsers too.
 */
export function newEventId(now?: number): string {
  return now === undefined ? v7() : v7({ msecs: now });
}
