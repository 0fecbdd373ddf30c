import { describe, expect, test } from 'vitest';
import { findTerm } from '../../../src/lib/glossary/lookup.ts';
import { GLOSSARY } from '../../../src/lib/glossary/terms.ts';
import { DISCLOSURE_KINDS } from '../../../src/schemas/disclosure.ts';

describe('名词解释', () => {
  test('defines the terms the brief and the disclosures use', () => {
    for (const term of ['基本支出', '项目支出', '结转结余', '三公经费', '执行率', '绩效目标', '自评', '预算执行率', '“三公”经费', '"三公"经费'] ) {
      expect(findTerm(term), term).toBeDefined();
    }
  });
  test('every disclosure kind has an entry', () => {
    for (const name of Object.values(DISCLOSURE_KINDS)) expect(findTerm(name), name).toBeDefined();
  });
  test('slugs are unique, URL-safe anchors', () => {
    expect(new Set(GLOSSARY.map((t) => t.slug)).size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) expect(t.slug).toMatch(/^[a-z0-9-]+$/);
  });
  test('an unknown word is not silently matched', () => {
    expect(findTerm('预算执行')).toBeUndefined();
  });
});
