/**
 * The name of a bundle's card packs (CardPackInfo.name, card-pack.ts): a hash of their bytes,
 * kept apart from card-pack.ts because the search worker imports that and has no node:crypto.
 */
import { createHash } from 'node:crypto';

export function cardPackName(packs: readonly Uint8Array[]): string {
  const digest = createHash('sha256');
  for (const bytes of packs) digest.update(bytes);
  return `c${digest.digest('hex').slice(0, 10)}`;
}
