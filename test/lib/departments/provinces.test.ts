import { describe, expect, test } from 'vitest';
import { provinceCode, PROVINCES } from '../../../src/lib/departments/provinces.ts';

describe('provinceCode', () => {
  test('finds a province by its full or its short name', () => {
    expect(provinceCode('广东省')).toBe('gd');
    expect(provinceCode('广东')).toBe('gd');
    expect(provinceCode('内蒙古')).toBe('nm');
    expect(provinceCode('广西')).toBe('gx');
    expect(provinceCode('新疆维吾尔自治区')).toBe('xj');
    expect(provinceCode('北京市')).toBe('bj');
  });
  test('has 31 distinct codes and names, and knows no other name', () => {
    expect(new Set(Object.keys(PROVINCES)).size).toBe(31);
    expect(new Set(Object.values(PROVINCES)).size).toBe(31);
    expect(provinceCode('广州市')).toBeUndefined();
  });
});
