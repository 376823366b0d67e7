/**
 * Availability zones the VPC spans. Stacks are environment-agnostic (synth needs no credentials), so zones are
 * picked by index from `Fn::GetAZs` and other stacks rebuild the VPC from parameters knowing this count.
 */
export const AVAILABILITY_ZONES = 2;
