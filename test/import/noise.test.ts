/** Extraction noise in real files: Word metadata at the top, a table row emitted twice. */
import { describe, expect, test } from 'vitest';
import { documentFromText } from '../../src/lib/import/from-text.ts';

describe('the importer drops what the extraction added, and says so', () => {
  test('Word metadata lines at the top are dropped; the same words later are kept', () => {
    const text = ['Microsoft Word - 2023年项目支出绩效自评表.docx', '作者：Administrator', '', '2023年项目支出绩效自评表', '作者：本办财务科'].join('\n');
    const doc = documentFromText('x.txt', text, 'txt');
    expect(doc.blocks.map((b) => ('text' in b ? b.text : '')).filter(Boolean)).toEqual(['2023年项目支出绩效自评表', '作者：本办财务科']);
    expect(doc.repairs['去掉了文件开头的 Word 元数据行']).toBe(2);
    expect(doc.blocks[0].where).toBe('第 4 行');
  });
  test('a table row repeated by the extraction is kept once; a repeated header without figures stays', () => {
    const rows = ['项目\t年初预算数\t全年执行数', '本年财政拨款\t90.00\t86.40', '本年财政拨款\t90.00\t86.40', '项目\t年初预算数\t全年执行数', '上年结转资金\t10.00\t8.00'];
    const doc = documentFromText('x.txt', rows.join('\n'), 'txt');
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table && 'rows' in table ? table.rows.map((r) => r.join('|')) : []).toEqual(['项目|年初预算数|全年执行数', '本年财政拨款|90.00|86.40', '项目|年初预算数|全年执行数', '上年结转资金|10.00|8.00']);
    expect(doc.repairs['去掉了提取时重复出现的表格行']).toBe(1);
  });
});
