/**
 * NIST SP 800-63B: length is what makes a password strong, so there are no composition rules. The upper bound
 * keeps one sign-in from costing unbounded hashing work.
 */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 256 } as const;
