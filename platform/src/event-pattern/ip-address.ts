import ipaddr from 'ipaddr.js';

/**
 * IP addresses as EventBridge compares them: an address is its bytes as fixed-width upper-case hex
 * (8 digits for IPv4, 32 for IPv6), so a range check is a string comparison and the two families never mix.
 */
export interface IpRange {
  readonly bottom: string;
  readonly top: string;
}

/** Thrown with EventBridge's wording; the caller adds where in the pattern it happened. */
export class CidrSyntaxError extends Error {
  override name = 'CidrSyntaxError';
}

// Only text shaped like an address is parsed, so a hostname-like value is never mistaken for one.
const IPV4_SHAPE = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
const IPV6_SHAPE = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*$/;

/** The hex form of an IPv4 or IPv6 literal, or undefined when the text is not one. */
export function ipAddressKey(text: string): string | undefined {
  const bytes = ipAddressBytes(text);
  return bytes === undefined ? undefined : toHex(bytes);
}

function ipAddressBytes(text: string): number[] | undefined {
  if (IPV4_SHAPE.test(text)) {
    const parts = text.split('.').map(Number);
    return parts.every((part) => part <= 255) ? parts : undefined;
  }
  if (IPV6_SHAPE.test(text) && ipaddr.IPv6.isValid(text)) return ipaddr.IPv6.parse(text).toByteArray();
  return undefined;
}

/**
 * Parses `address/bits`. Like EventBridge, the range starts at the address as written (host bits are not
 * cleared) and runs to that address with every host bit set; a mask must leave at least one host bit.
 */
export function parseCidr(cidr: string): IpRange {
  const parts = cidr.split('/');
  if (parts.length !== 2) throw new CidrSyntaxError("Malformed CIDR, one '/' required");
  const [address, maskText] = parts as [string, string];
  if (!/^[+-]?[0-9]+$/.test(maskText)) throw new CidrSyntaxError('Malformed CIDR, mask bits must be an integer');
  const maskBits = Number(maskText);
  if (maskBits < 0) throw new CidrSyntaxError('Malformed CIDR, mask bits must not be negative');
  if (!IPV4_SHAPE.test(address) && !IPV6_SHAPE.test(address)) {
    throw new CidrSyntaxError(`Nonstandard IP address: ${address}`);
  }
  const bytes = ipAddressBytes(address);
  if (bytes === undefined) throw new CidrSyntaxError(`Invalid IP address: ${address}`);
  const totalBits = bytes.length * 8;
  if (maskBits >= totalBits) {
    throw new CidrSyntaxError(`${bytes.length === 4 ? 'IPv4' : 'IPv6'} mask bits must be < ${totalBits}`);
  }
  const top = bytes.map((byte, index) => {
    const hostBits = Math.min(8, Math.max(0, totalBits - maskBits - (bytes.length - 1 - index) * 8));
    return byte | ((1 << hostBits) - 1);
  });
  return { bottom: toHex(bytes), top: toHex(top) };
}

export function isInIpRange(range: IpRange, key: string): boolean {
  return key.length === range.bottom.length && key >= range.bottom && key <= range.top;
}

function toHex(bytes: readonly number[]): string {
  return bytes
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
