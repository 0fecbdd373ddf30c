/**
 * The peer comparison over a generated corpus whose peers differ (test/peers/corpus.ts):
 * for every body-year and metric, the subject's value, its rank, the number of bodies
 * compared, the median and the bodies left out equal what the raw JSON files give when
 * recomputed with plain BigInt arithmetic (test/peers/oracle.ts). Bodies on another 口径
 * are never ranked together; 元 and 万元 figures are.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { summarizeCorpus } from '../../src/lib/figures/corpus.ts';
import { auditAndScore } from '../../src/lib/score/audit-and-score.ts';
import { peerGroup, MIN_PROVINCE_PEERS } from '../../src/lib/peers/peer-group.ts';
import { MIN_RANKED, median, standing } from '../../src/lib/peers/standing.ts';
import { peerComparison } from '../../src/lib/peers/comparison.ts';
import { decimal, toPlainString } from '../../src/lib/money.ts';
import { loadContent } from '../lib/figures/corpus-helpers.ts';
import { writePeerCorpus } from './corpus.ts';
import { cmp, exact, medianOf, oracleCandidates, type Candidate } from './oracle.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingzhang-peers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ids = writePeerCorpus(dir, 2400);
const { departments, disclosures } = loadContent(dir);
const audit = auditAndScore({ disclosures, departments: Object.fromEntries(departments.map((d) => [d.id, d.data])) });
const summaries = summarizeCorpus({ disclosures, departments, audit });
const bodyYears = [...new Set(ids.map((id) => id.split('/').slice(0, 2).join('/')))].map((b) => ({ year: Number(b.split('/')[0]), dept: departments.find((d) => d.id === b.split('/')[1])! }));
const rawDepartments = new Map(departments.map((d) => [d.id, JSON.parse(readFileSync(join(dir, 'departments', `${d.id}.json`), 'utf8'))]));
const rawDepartment = (id: string) => rawDepartments.get(id);

/** The oracle's peer group: same level; same province with enough of them, else all. */
function oracleGroup(id: string): string[] {
  const me = rawDepartment(id);
  const same = departments.filter((d) => rawDepartment(d.id).level === me.level);
  const local = same.filter((d) => rawDepartment(d.id).region.province === me.region.province);
  return (local.length >= MIN_PROVINCE_PEERS ? local : same).map((d) => d.id);
}

/** The lib's basis names → the oracle's. */
const basisKey = (metric: string, basis: string) => (metric === 'execution-rate' ? (basis.includes('年初') ? '年初' : '全年') : basis.startsWith('决算') ? '决算数' : basis.startsWith('预算') ? '预算数' : basis);

const METRICS = ['execution-rate', 'three-public', 'three-public-change', 'spending-per-post'] as const;

describe('the peer comparison of a generated corpus', () => {
  test('the corpus holds province and national groups, other 口径, 元 amounts and stated staff', () => {
    const scopes = new Set(departments.map((d) => peerGroup(d, departments).scope));
    expect([...scopes].sort()).toEqual(['national', 'province']);
    expect(ids.some((id) => id.endsWith('/final-accounts') && JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')).budget?.initial)).toBe(true);
    expect(ids.some((id) => id.endsWith('/budget') && / 元$/.test(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')).threePublic?.total ?? ''))).toBe(true);
    expect(departments.some((d) => d.data.years?.some((y) => y.authorizedPosts !== undefined))).toBe(true);
  });

  test.each(METRICS)('%s: value, rank, peers compared, median and left out equal the JSON recomputed', (metric) => {
    let ranked = 0;
    let otherBasis = 0;
    for (const { year, dept } of bodyYears) {
      const group = oracleGroup(dept.id);
      expect(peerGroup(dept, departments).members.map((d) => d.id).sort()).toEqual([...group].sort());
      const s = standing(summaries, dept, peerGroup(dept, departments).members, year, metric);
      const mine = oracleCandidates(dir, metric, dept.id, year, rawDepartment(dept.id))[0];
      const where = `${year}/${dept.id} ${metric}`;
      if (!mine) {
        expect(s.subject, where).toBeUndefined();
        expect(s.absent, where).toBeTruthy();
        continue;
      }
      expect(cmp(s.subject!.value, mine.value), where).toBe(0);
      const compared: Candidate[] = [mine];
      let leftOut = 0;
      for (const peer of group.filter((id) => id !== dept.id)) {
        const theirs = oracleCandidates(dir, metric, peer, year, rawDepartment(peer));
        const same = theirs.find((c) => c.basis === mine.basis);
        if (same) compared.push(same);
        else leftOut++;
        if (!same && theirs.length > 0) otherBasis++;
      }
      expect(s.compared.length, where).toBe(compared.length);
      expect(s.leftOut.length, where).toBe(leftOut);
      for (const c of s.compared) expect(basisKey(metric, c.measure.basis), where).toBe(mine.basis);
      if (compared.length === 1) expect(s.median, where).toBeUndefined();
      else expect(cmp(s.median!, medianOf(compared.map((c) => c.value))!), where).toBe(0);
      if (compared.length < MIN_RANKED) expect(s.rank, where).toBeUndefined();
      else {
        ranked++;
        expect(s.rank, where).toBe(1 + compared.filter((c) => cmp(c.value, mine.value) > 0).length);
        const lower = compared.filter((c) => cmp(c.value, mine.value) < 0).length;
        expect(Number(toPlainString(s.percentile!)), where).toBe(Math.round((lower * 100) / (compared.length - 1)));
      }
    }
    expect(ranked, `${metric}: some body-years are ranked`).toBeGreaterThan(0);
    if (metric === 'execution-rate') expect(otherBasis, 'some peers are on 年初预算数').toBeGreaterThan(0);
  });

  test('a peer on another 口径 is left out with both bases named, never ranked', () => {
    const reasons = bodyYears.flatMap(({ year, dept }) => standing(summaries, dept, peerGroup(dept, departments).members, year, 'execution-rate').leftOut.map((l) => l.reason));
    const other = reasons.filter((r) => r.startsWith('口径不同'));
    expect(other.length).toBeGreaterThan(0);
    for (const r of other) expect(r).toMatch(/^口径不同：决算支出 ÷ (年初|全年)预算数（本部门为决算支出 ÷ (年初|全年)预算数）$/);
  });

  test('a national group says why: its province has too few bodies of the level', () => {
    const national = departments.map((d) => peerGroup(d, departments)).filter((g) => g.scope === 'national');
    for (const g of national) expect(g.description).toMatch(new RegExp(`不足 ${MIN_PROVINCE_PEERS} 个（\\d 个），所以与全国同级部门比较$`));
  });

  test('the quality index is compared within its kind, on the audit\'s score', () => {
    for (const { year, dept } of bodyYears.slice(0, 40)) {
      const comparison = peerComparison(summaries, departments, dept, year);
      for (const { metric, standing: s } of comparison.rows.filter((r) => r.metric.id.startsWith('quality-'))) {
        const kind = metric.id.slice('quality-'.length);
        const q = audit.get(`${year}/${dept.id}/${kind}`)!.scores.quality;
        if (q.incomplete) expect(s.subject).toBeUndefined();
        else expect(s.subject?.display).toBe(`${q.total} 分`);
        for (const c of s.compared) expect(c.measure.source.endsWith(`/${kind}`)).toBe(true);
      }
    }
  });
});

describe('median and rank', () => {
  test('the median is exact: the middle value, or the mean of the middle two', () => {
    expect(toPlainString(median(['3', '1', '2'].map(decimal))!)).toBe('2');
    expect(toPlainString(median(['98.75', '100.10', '1', '200'].map(decimal))!)).toBe('99.425');
    expect(toPlainString(median(['100.00', '100.00'].map(decimal))!)).toBe('100.00');
    expect(toPlainString(median(['1.5', '2.5'].map(decimal))!)).toBe('2.0');
    expect(median([])).toBeUndefined();
    expect(cmp(median(['0.1', '0.2'].map(decimal))!, exact('0.15'))).toBe(0);
  });
});
