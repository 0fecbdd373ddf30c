import { describe, expect, test } from 'vitest';
import { BLOCK_UNITS, cardBlocks, disclosureRecord } from '../../src/lib/search/records.ts';

const department = { name: '示例县人民代表大会常务委员会办公室', shortName: '示例县人大常委会办公室', aliases: ['示例人大'], levelName: '区县级' };

/** A long text with numbered markers, so each can be located. */
const long = Array.from({ length: 400 }, (_, i) => `第${i}段，预算执行率百分之${i}，“三公”经费压减${i}.5万元。`).join('\n');

describe('result cards', () => {
  const record = disclosureRecord({ url: '/2023/x-rd/budget/', title: '示例县2023年部门预算', text: long, year: 2023, kindName: '部门预算', department });
  const blocks = cardBlocks(record);
  const words = record.index.words;

  test('cut the text into blocks that together hold all of it', () => {
    expect(blocks.length).toBeGreaterThan(3);
    for (const marker of ['第0段', '第199段', '第399段']) expect(blocks.some((b) => b.text.includes(marker))).toBe(true);
  });

  test('put a match at index position p in block ⌊p / BLOCK_UNITS⌋, whole', () => {
    for (const n of [0, 57, 123, 250, 311, 399]) {
      // "第57段" is indexed as 第57 57段 段: its position is that of the word 第57.
      const p = words.indexOf(`第${n}`);
      expect(p, `第${n}段`).toBeGreaterThanOrEqual(0);
      expect(blocks[Math.floor(p / BLOCK_UNITS)].text, `第${n}段 at ${p}`).toContain(`第${n}段`);
    }
  });

  test('carry what a result shows: title, year, kind, department', () => {
    expect(blocks[0]).toMatchObject({ url: '/2023/x-rd/budget/', title: '示例县2023年部门预算', year: '2023', kind: '部门预算', department: '示例县人大常委会办公室', block: 0 });
  });
});
