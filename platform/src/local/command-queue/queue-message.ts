import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { MessageAttributes, MessageAttributeValue } from '../../ports/command-queue.port.ts';

/** MD5 of the UTF-8 body as hex, the digest SQS returns as MD5OfMessageBody. */
export function md5OfBody(body: string): string {
  return createHash('md5').update(body, 'utf8').digest('hex');
}

/** The size SQS holds against its limit: the body plus every attribute's name, data type and value. */
export function messageSizeBytes(body: string, attributes: MessageAttributes = {}): number {
  let size = Buffer.byteLength(body, 'utf8');
  for (const [name, value] of Object.entries(attributes)) {
    size += Buffer.byteLength(name, 'utf8') + Buffer.byteLength(value.dataType, 'utf8');
    size += value.binaryValue ? value.binaryValue.length : Buffer.byteLength(value.stringValue ?? '', 'utf8');
  }
  return size;
}

/** Attributes as stored in the `attributes` column: JSON, binary values in base64. */
const storedAttributesSchema = z.record(
  z.string(),
  z.object({
    dataType: z.enum(['String', 'Number', 'Binary']),
    stringValue: z.string().optional(),
    binaryValue: z.base64().optional(),
  }),
);

export function encodeAttributes(attributes: MessageAttributes | undefined): string | null {
  if (!attributes || Object.keys(attributes).length === 0) return null;
  const stored: z.input<typeof storedAttributesSchema> = {};
  for (const [name, { dataType, stringValue, binaryValue }] of Object.entries(attributes)) {
    stored[name] = binaryValue
      ? { dataType, binaryValue: Buffer.from(binaryValue).toString('base64') }
      : { dataType, stringValue };
  }
  return JSON.stringify(stored);
}

export function decodeAttributes(json: string | null): MessageAttributes {
  if (json === null) return {};
  const attributes: MessageAttributes = {};
  for (const [name, { dataType, stringValue, binaryValue }] of Object.entries(
    storedAttributesSchema.parse(JSON.parse(json)),
  )) {
    const value: MessageAttributeValue = { dataType };
    if (stringValue !== undefined) value.stringValue = stringValue;
    if (binaryValue !== undefined) value.binaryValue = new Uint8Array(Buffer.from(binaryValue, 'base64'));
    attributes[name] = value;
  }
  return attributes;
}
