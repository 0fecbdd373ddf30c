/** Article frontmatter: YAML between --- lines, parsed with positions. */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

export interface Frontmatter {
  data: unknown;
  /** Line/column of the value at `path`, or of the frontmatter start. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  errors: { line: number; column: number; message: string }[];
}

/** Finds and parses frontmatter; undefined when the file has none. */
export function parseFrontmatter(source: string): Frontmatter | undefined {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/);
  if (!match) return undefined;
  const yamlText = match[1];
  const firstLine = 2; // the YAML starts on the line after the opening ---
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const toPosition = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  return {
    data: document.errors.length ? undefined : document.toJS(),
    errors: document.errors.map((e) => ({ ...toPosition(e.pos[0]), message: e.message })),
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? document.contents : document.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return toPosition(node.range[0]);
      }
      return { line: firstLine, column: 1 };
    },
  };
}
