import { describe, expect, test } from 'vitest';
import { departmentKeys, partitionKey } from '../../../src/lib/build/partition-keys.ts';
import type { Partition } from '../../../src/lib/build/partition.ts';

const partition: Partition = { id: '2023', year: 2023, size: 3 };
const ids = ['2022/a/budget', '2023/a/budget', '2023/b/budget', '2023/b/final-accounts'];

function keys(files: Record<string, string>, code = 'code-1', stated: Record<string, number[]> = {}) {
  return departmentKeys(partition, ids, (id) => stated[id] ?? [], code, (path) => Buffer.from(files[path] ?? '-'));
}

const files = {
  'departments/a.json': '{"a":1}',
  'departments/b.json': '{"b":1}',
  '2022/a/budget.json': '{"x":1}',
  '2023/a/budget.json': '{"x":2}',
  '2023/a/budget.mdx': 'text',
  '2023/b/budget.json': '{"y":1}',
  '2023/b/final-accounts.json': '{"z":1}',
};

describe('partition keys', () => {
  test('one key per department of the partition', () => {
    expect(Object.keys(keys(files))).toEqual(['a', 'b']);
  });

  test("a change to a department's disclosure, its previous year or its JSON changes only its key", () => {
    const before = keys(files);
    for (const changed of ['2023/a/budget.mdx', '2022/a/budget.json', 'departments/a.json']) {
      const after = keys({ ...files, [changed]: 'changed' });
      expect(after.a, changed).not.toBe(before.a);
      expect(after.b, changed).toBe(before.b);
    }
  });

  test('a code change changes every key', () => {
    const before = keys(files);
    const after = keys(files, 'code-2');
    expect(after.a).not.toBe(before.a);
    expect(after.b).not.toBe(before.b);
  });

  test('the partition key follows its departments and its own description', () => {
    const departments = keys(files);
    expect(partitionKey(partition, departments)).toBe(partitionKey({ ...partition }, { ...departments }));
    expect(partitionKey(partition, departments)).not.toBe(partitionKey({ ...partition, size: 4 }, departments));
    expect(partitionKey(partition, departments)).not.toBe(partitionKey(partition, { ...departments, a: 'other' }));
  });
});
