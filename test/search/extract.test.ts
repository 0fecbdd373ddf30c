import { describe, expect, test } from 'vitest';
import { extractPage } from '../../src/lib/search/extract.ts';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><header data-pagefind-ignore><nav>首页 部门</nav></header>${body}<footer data-pagefind-ignore>页脚</footer></body></html>`;

describe('page text for the index', () => {
  test('takes only the data-pagefind-body element, without ignored parts, scripts or styles', () => {
    const p = extractPage(page('<main><article data-pagefind-body><h1 data-pagefind-meta="title">标题 &amp; 名称</h1><p>正文<b>加粗</b>。</p><section data-pagefind-ignore><p>数据表</p></section><script>var a = "<p>x</p>";</script><p>结尾</p></article></main>'));
    expect(p.title).toBe('标题 & 名称');
    expect(p.text).toBe('标题 & 名称\n正文加粗。\n结尾');
    expect(p.lang).toBe('zh-CN');
  });

  test('keeps paragraphs apart so a phrase never runs across two of them', () => {
    expect(extractPage(page('<div data-pagefind-body><p>流溪</p><p>河</p></div>')).text).toBe('流溪\n河');
  });

  test('reports a page with no searchable body', () => {
    expect(extractPage(page('<main><p>导航页</p></main>')).hasBody).toBe(false);
  });
});
