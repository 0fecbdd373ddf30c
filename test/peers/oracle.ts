/**
 * The peer figures recomputed from the raw JSON files on disk, with plain BigInt
 * arithmetic and none of src/lib: what the peer logic must agree with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, any>;
/** An exact value: units / 10^scale. */
export type Exact = { units: bigint; scale: number };

const files = new Map<string, Json | undefined>();
/** A disclosure's raw JSON, read once. */
export function json(dir: string, id: string): Json | undefined {
  const file = join(dir, `${id}.json`);
  if (!files.has(file)) files.set(file, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
  return files.get(file);
}

/** An amount in 元 × 10^6 (every amount here has at most 6 decimals in 元); as 万元, scale 10. */
export function micros(text: string): bigint {
  const [, number, unit] = text.match(/^(-?[\d.]+) ?(元|万元)$/)!;
  const [whole, fraction = ''] = number.replace('-', '').split('.');
  const value = BigInt(whole + fraction.padEnd(10, '0').slice(0, 10)) / 10000n * (unit === '万元' ? 10000n : 1n);
  return number.startsWith('-') ? -value : value;
}

/** a / b × 10^shift rounded half-up (away from zero) at `places` decimals. */
export function ratio(a: bigint, b: bigint, places: number, shift = 0): Exact {
  const negative = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const tenfold = (x * 10n ** BigInt(places + shift + 1)) / y;
  const units = tenfold / 10n + (tenfold % 10n >= 5n ? 1n : 0n);
  return { units: negative ? -units : units, scale: places };
}

/** Parses a plain decimal text. */
export function exact(text: string): Exact {
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const units = BigInt(whole + fraction);
  return { units: text.startsWith('-') ? -units : units, scale: fraction.length };
}

/** a − b in the sign of the comparison, at a common scale. */
export function cmp(a: Exact, b: Exact): number {
  const s = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(s - a.scale);
  const y = b.units * 10n ** BigInt(s - b.scale);
  return x === y ? 0 : x > y ? 1 : -1;
}

/** The median as a rational compared by cmp: an even count gives the mean of the middle two. */
export function medianOf(values: Exact[]): Exact | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort(cmp);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid];
  const s = Math.max(sorted[mid - 1].scale, sorted[mid].scale);
  const sum = sorted[mid - 1].units * 10n ** BigInt(s - sorted[mid - 1].scale) + sorted[mid].units * 10n ** BigInt(s - sorted[mid].scale);
  return { units: sum * 5n, scale: s + 1 };
}

/** One candidate value of a body-year: its basis and exact value. */
export interface Candidate { basis: string; value: Exact }

/** The candidates of a metric for one body-year, from the files alone, best first. */
export function oracleCandidates(dir: string, metric: string, dept: string, year: number, department: Json): Candidate[] {
  const final = json(dir, `${year}/${dept}/final-accounts`);
  const budget = json(dir, `${year}/${dept}/budget`);
  const kinds: [string, Json | undefined, string][] = [['final-accounts', final, '决算数'], ['budget', budget, '预算数']];
  switch (metric) {
    case 'execution-rate': {
      const b = final?.budget;
      const stated = b?.total ?? b?.adjusted ?? b?.initial;
      if (!final?.spending?.total || !stated || micros(stated) === 0n) return [];
      return [{ basis: b.total ?? b.adjusted ? '全年' : '年初', value: ratio(micros(final.spending.total), micros(stated), 2, 2) }];
    }
    case 'three-public':
      return kinds.filter(([, j]) => j?.threePublic?.total).map(([, j, basis]) => ({ basis, value: { units: micros(j!.threePublic.total), scale: 10 } }));
    case 'three-public-change':
      return kinds.flatMap(([kind, j, basis]) => {
        const before = json(dir, `${year - 1}/${dept}/${kind}`);
        if (!j?.threePublic?.total || !before?.threePublic?.total || micros(before.threePublic.total) === 0n) return [];
        const [now, then] = [micros(j.threePublic.total), micros(before.threePublic.total)];
        return [{ basis, value: ratio(now - then, then, 2, 2) }];
      });
    case 'spending-per-post': {
      const posts = (department.years ?? []).find((y: Json) => y.year === year)?.authorizedPosts;
      if (!posts) return [];
      return kinds.filter(([, j]) => j?.spending?.total).map(([, j, basis]) => ({ basis, value: ratio(micros(j!.spending.total), BigInt(posts) * 10000n * 1000000n, 2) }));
    }
  }
  throw new Error(metric);
}

/** The oracle's peer group of `id`: same level; same province when it has `min` of them, else all. */
export function oracleGroup(departments: Map<string, Json>, id: string, min: number): string[] {
  const me = departments.get(id)!;
  const same = [...departments].filter(([, d]) => d.level === me.level);
  const local = same.filter(([, d]) => d.region.province === me.region.province);
  return (local.length >= min ? local : same).map(([k]) => k);
}

/** The oracle's standing: the subject's value, the values it is compared with (its own first), and how many are left out. */
export function oracleStanding(dir: string, departments: Map<string, Json>, metric: string, id: string, year: number, group: string[]): { mine?: Candidate; compared: Candidate[]; leftOut: number } {
  const mine = oracleCandidates(dir, metric, id, year, departments.get(id)!)[0];
  if (!mine) return { compared: [], leftOut: 0 };
  const compared = [mine];
  let leftOut = 0;
  for (const peer of group.filter((p) => p !== id)) {
    const same = oracleCandidates(dir, metric, peer, year, departments.get(peer)!).find((c) => c.basis === mine.basis);
    if (same) compared.push(same);
    else leftOut++;
  }
  return { mine, compared, leftOut };
}

/** An exact value as plain text at its scale. */
export function plain(e: Exact): string {
  const digits = (e.units < 0n ? -e.units : e.units).toString().padStart(e.scale + 1, '0');
  const body = e.scale === 0 ? digits : `${digits.slice(0, -e.scale)}.${digits.slice(-e.scale)}`;
  return `${e.units < 0n ? '-' : ''}${body}`;
}
