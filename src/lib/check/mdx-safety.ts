/**
 * Proves an MDX file runs no code: no import/export, no {expressions}, no raw HTML or
 * <script>, no event attributes, no javascript: links, no components we do not provide.
 * It parses with Satteri, the same parser Astro's MDX integration uses, so what it
 * sees is what the build would compile.
 */
import { mdxToMdast } from 'satteri';
import { ALLOWED_COMPONENTS, ALLOWED_URL_SCHEMES } from '../mdx/allowed-components.ts';

export interface MdxFinding {
  line: number;
  column: number;
  code: string;
  message: string;
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

const ESCAPE_HINT = '若这是原文中的字符，在它前面加反斜杠，写成 \\<、\\{、\\}';

/** True when a URL's scheme is on the allow-list, or it has none (relative link, #anchor). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:");
  // invisible format characters and the replacement character (what the parser makes of
  // "&#x01;") are dropped too, so nothing that reads as a scheme passes as a relative link.
  const compact = url.replace(/[\p{Cc}\p{Cf}\p{Z}\s\ufffd]/gu, '').toLowerCase();
  const scheme = compact.match(/^([a-z][a-z0-9+.-]*):/)?.[1];
  return scheme === undefined || ALLOWED_URL_SCHEMES.includes(`${scheme}:`);
}

/** Every safety finding in one MDX source. `allowFrontmatter` is true for articles. */
export function findUnsafeMdx(source: string, { allowFrontmatter }: { allowFrontmatter: boolean }): MdxFinding[] {
  let tree: MdNode;
  try {
    tree = mdxToMdast(source) as MdNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line, column, reason] = text.match(/^(\d+):(\d+):\s*(.*)$/s) ?? [, '1', '1', text];
    return [{ line: Number(line), column: Number(column), code: 'mdx.syntax', message: `MDX 语法错误，无法解析（${reason.trim()}）。${ESCAPE_HINT}；不要使用 HTML 标签和注释。` }];
  }
  const findings: MdxFinding[] = [];
  const add = (node: MdNode, code: string, message: string) =>
    findings.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, code, message });

  const visit = (node: MdNode) => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
        if (!allowFrontmatter) add(node, 'mdx.frontmatter', '公开文件的 MDX 不写前置元数据（--- … ---）：标题、日期等写在同名 JSON 文件里。请删去这一段。');
        break;
      case 'mdxjsEsm': {
        const isImport = /^\s*import\b/.test(node.value ?? '');
        add(node, isImport ? 'mdx.import' : 'mdx.export', `MDX 里不能写 ${isImport ? 'import' : 'export'} 语句：公开内容不能运行代码。请删去这一行；若是原文文字，改写措辞或在行首加反斜杠。`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // npm run new marks each section to fill with {/* 待填写：… */}; say so plainly.
        if (/^\s*\/\*\s*待填写[:：]?([\s\S]*?)\*\/\s*$/.test(node.value ?? '')) {
          const what = (node.value ?? '').match(/待填写[:：]?\s*([\s\S]*?)\s*\*\//)?.[1] ?? '';
          add(node, 'mdx.unfilled', `这一节还没有填写${what ? `（${what}）` : ''}：把原文的这部分正文放在这里，然后删去整个 {/* 待填写 … */} 标记。`);
          break;
        }
        add(node, 'mdx.expression', `花括号 {…} 在 MDX 里会被当作代码执行，这里是 \`{${(node.value ?? '').slice(0, 30)}}\`。${ESCAPE_HINT}。`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !isSafeUrl(node.url))
          add(node, 'mdx.unsafe-url', `链接地址 "${node.url.slice(0, 40)}" 不安全：只允许 http、https、mailto、tel 或站内链接。请改成原文的网址，或删去这个链接。`);
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return findings;
}

function checkElement(node: MdNode, add: (node: MdNode, code: string, message: string) => void) {
  const name = node.name ?? '';
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add(node, 'mdx.expression', `<${name}> 里的 {…} 属性会被当作代码执行，不允许使用。`);
      continue;
    }
    if (/^on/i.test(attribute.name ?? '')) add(node, 'mdx.event-handler', `<${name}> 带有事件属性 ${attribute.name}：会在读者的浏览器里运行代码，不允许使用。请删去。`);
    else if (attribute.value !== null && typeof attribute.value === 'object') add(node, 'mdx.expression', `<${name}> 的属性 ${attribute.name} 用了 {…} 表达式，会被当作代码执行，不允许使用。`);
    else if (typeof attribute.value === 'string' && /^(href|src|action|formaction|xlink:href|data)$/i.test(attribute.name ?? '') && !isSafeUrl(attribute.value))
      add(node, 'mdx.unsafe-url', `<${name}> 的 ${attribute.name} 地址 "${attribute.value.slice(0, 40)}" 不安全，不允许使用。`);
  }
  if (/^script$/i.test(name)) {
    add(node, 'mdx.script', '不能使用 <script>：公开内容不能运行代码。请删去这段。');
    return;
  }
  const allowed = (ALLOWED_COMPONENTS as Record<string, { attributes: readonly string[] }>)[name];
  if (allowed) {
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && !allowed.attributes.includes(attribute.name ?? '') && !/^on/i.test(attribute.name ?? ''))
        add(node, 'mdx.component', `<${name}> 不接受属性 ${attribute.name}。`);
    }
    return;
  }
  const available = Object.keys(ALLOWED_COMPONENTS).map((c) => `<${c}>`).join('、');
  if (name === '' || /^[a-z]/.test(name)) {
    add(node, 'mdx.html', `不能使用 HTML 标签 <${name}>。段落用空行分隔，表格用 Markdown 表格，强调用 **加粗**；${ESCAPE_HINT}。`);
  } else {
    add(node, 'mdx.component', `未提供的组件 <${name}>：MDX 里只能使用我们提供的组件（${available}）。`);
  }
}
