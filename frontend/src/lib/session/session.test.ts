import { describe, expect, it } from 'vitest';
import { isSessionLive } from './session.ts';

describe('isSessionLive', () => {
  const session = { token: 't', email: 'ana@example.com', expiresAt: '2026-11-26T12:00:00Z' };

  it('is live until shortly before the token expires', () => {
    expect(isSessionLive(session, new Date('2026-11-26T11:50:00Z'))).toBe(true);
    expect(isSessionLive(session, new Date('2026-11-26T11:59:45Z'))).toBe(false);
    expect(isSessionLive(session, new Date('2026-11-26T13:00:00Z'))).toBe(false);
  });
});
