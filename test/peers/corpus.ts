/**
 * A generated corpus (scripts/bench/generate-corpus.ts) reworked so that peers differ: the
 * generator re-addresses the same templates, so every body states the same figures. Here
 * each body-year's amounts are scaled by its own whole factor (sums still add up), each
 * 决算's 全年预算数 is moved off its spending so rates differ, every third 决算 states only
 * its 年初预算数 (another 口径), every fourth 预算 states its 三公 in 元 (another unit, the
 * same 口径), and every other body states its 编制数 and 实有人数 for the years it published
 * a 决算; and half the county bodies are filed under 广东省, so that province has enough
 * of them for a province group while the others fall back to the nation. Written to a
 * temporary folder, never content/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';

type Json = Record<string, any>;
const AMOUNT = /^(-?\d+)(?:\.(\d+))? ?(元|万元)$/;
const read = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'));
const write = (file: string, json: Json) => writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
/** A stable small number per key. */
export const hashOf = (key: string): number => createHash('sha1').update(key).digest().readUInt32BE(0);

/** "12.50 万元" × n/d, exactly (d a power of ten), keeping the unit. */
export function scaleAmount(text: string, times: bigint, tenths = 0): string {
  const [, whole, fraction = '', unit] = text.match(AMOUNT)!;
  const units = BigInt(whole + fraction) * times;
  const scale = fraction.length + tenths;
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return `${units < 0n ? '-' : ''}${body} ${unit}`;
}

/** Every amount string in a JSON value, scaled. */
function scaleAll(value: unknown, times: bigint): unknown {
  if (typeof value === 'string') return AMOUNT.test(value) ? scaleAmount(value, times) : value;
  if (Array.isArray(value)) return value.map((v) => scaleAll(v, times));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scaleAll(v, times)]));
  return value;
}

/** 万元 → 元, exactly: "12.50 万元" → "125000.00 元". */
export function toYuanText(text: string): string {
  const [, whole, fraction = ''] = text.match(AMOUNT)!;
  return scaleAmount(`${whole}${fraction ? `.${fraction}` : ''} 元`, 10000n);
}

/** Writes the corpus to `out`; returns its disclosure ids. */
export function writePeerCorpus(out: string, size: number): string[] {
  writeCorpus(size, out);
  const ids = readdirSync(out)
    .filter((y) => /^\d{4}$/.test(y))
    .flatMap((y) => readdirSync(join(out, y)).flatMap((d) => readdirSync(join(out, y, d)).filter((f) => f.endsWith('.json')).map((f) => `${y}/${d}/${f.slice(0, -5)}`)))
    .sort();
  const staffYears = new Map<string, Json[]>();
  ids.forEach((id, i) => {
    const [year, dept, kind] = id.split('/');
    const file = join(out, `${id}.json`);
    const h = hashOf(`${dept}/${year}`);
    const json = scaleAll(read(file), BigInt(1 + (h % 5))) as Json;
    delete json.yearOverYear;
    if (kind === 'final-accounts' && json.spending?.total && json.budget) {
      delete json.executionRate;
      const off = BigInt(95 + (h % 11)); // 95 % … 105 % of the spending
      const budget = scaleAmount(json.spending.total, off, 2);
      json.budget = i % 3 === 0 ? { initial: budget } : { adjusted: budget };
      if (hashOf(dept) % 2 === 0) {
        const list = staffYears.get(dept) ?? [];
        list.push({ year: Number(year), authorizedPosts: 20 + (h % 30), actualStaff: 15 + (h % 37), source: id });
        staffYears.set(dept, list);
      }
    }
    if (kind === 'budget' && i % 4 === 0 && json.threePublic?.total) json.threePublic.total = toYuanText(json.threePublic.total);
    write(file, json);
  });
  for (const name of readdirSync(join(out, 'departments'))) {
    const dept = name.slice(0, -5);
    const file = join(out, 'departments', name);
    const json = read(file);
    const years = staffYears.get(dept);
    if (years) json.years = years.sort((a, b) => a.year - b.year);
    if (json.level === 'district-county' && hashOf(dept) % 2 === 1) json.region = { province: '广东省', county: json.region.county };
    write(file, json);
  }
  return ids;
}
