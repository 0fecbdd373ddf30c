/**
 * Template text left in a form: "（请填写）", "XX", "××", "是/否" not chosen, and the
 * template's own instructions ("根据评价结果填写优、良、中、差", "按……填列", "此处填写").
 * The three 未填写 rules (project, 部门整体自评, 绩效目标表) share it.
 */
const PLACEHOLDER = new RegExp(
  [
    '请填', '待填', '填写说明', '(此处|在此)填', '根据.{0,30}(填写|填列)', '[按依].{0,20}(填列|填报)',
    '^[（(]?(优|良|中|差)[、/|](优|良|中|差)[、/|]', '^[（(]?(是|否)[/／、](是|否)[)）]?$',
    '^[Xx×＊*]{2,}$', '[Xx×]{2,}[\\u4e00-\\u9fff%]', '^示例[:：]', 'TODO', 'TBD',
  ].join('|'),
);

/** True when a text looks like template text nobody replaced. */
export const isPlaceholder = (text: unknown): text is string => typeof text === 'string' && PLACEHOLDER.test(text.trim());

/** One finding per field still holding template text. */
export function placeholderFindings(texts: [string, unknown][]): { message: string; fields: string[] }[] {
  return texts.filter(([, text]) => isPlaceholder(text)).map(([path, text]) => ({ message: `“${text}”像是没有替换的模板文字。`, fields: [path] }));
}
