/**
 * Strict JSON parsing with positions. jsonc-parser gives every value's offset, so a
 * problem in a field points at the exact line and column, not a guess.
 */
import { findNodeAtLocation, type Node, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { positionAt } from './problem.ts';

export interface JsonDocument {
  text: string;
  tree: Node | undefined;
  value: unknown;
}

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: '这里有无法识别的字符',
  InvalidNumberFormat: '数字格式不对',
  PropertyNameExpected: '这里应是带双引号的字段名',
  ValueExpected: '这里缺少值',
  ColonExpected: '字段名后缺少冒号 :',
  CommaExpected: '缺少逗号 ,（两项之间要用逗号分隔）',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '文件在这里应当结束（多了内容）',
  InvalidCommentToken: 'JSON 不允许注释',
  UnexpectedEndOfComment: 'JSON 不允许注释',
  UnexpectedEndOfString: '字符串没有结束：缺少右双引号 "',
  UnexpectedEndOfNumber: '数字没有写完',
  InvalidUnicode: 'Unicode 转义不对',
  InvalidEscapeCharacter: '反斜杠转义不对',
  InvalidCharacter: '字符串里有不允许的字符（如换行）',
};

/** Parses JSON strictly (no comments, no trailing commas), collecting every syntax error. */
export function parseJsonDocument(text: string): { document?: JsonDocument; errors: JsonSyntaxError[] } {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const errors = parseErrors.map((e) => {
    const name = printParseErrorCode(e.error);
    const comma = trailingCommaBefore(text, e.offset);
    const { line, column } = positionAt(text, comma ?? e.offset);
    return { line, column, message: comma !== undefined ? '多余的逗号：最后一项后面不能有逗号' : syntaxMessages[name] ?? name };
  });
  if (errors.length > 0 || !tree) return { errors: errors.length ? errors : [{ line: 1, column: 1, message: '文件是空的' }] };
  return { document: { text, tree, value: JSON.parse(text) as unknown }, errors: [] };
}

/** The position of the value (or its key) at `path`, or of the nearest existing ancestor. */
export function locate(document: JsonDocument, path: readonly PropertyKey[], atKey = false): { line: number; column: number } {
  if (!document.tree) return { line: 1, column: 1 };
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(document.tree, path.slice(0, n) as (string | number)[]);
    if (!node) continue;
    const target = atKey && n === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] ?? node : node;
    return positionAt(document.text, target.offset);
  }
  return positionAt(document.text, document.tree.offset);
}

/** jsonc-parser reports a trailing comma as a missing value; find the comma to point at it. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' && /[\]}]/.test(text[offset] ?? '') ? i : undefined;
}
