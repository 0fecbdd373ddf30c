/** Field paths as staff see them: ["score","tree",0,"score"] → "score.tree[0].score". */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '（整个文件）';
}
