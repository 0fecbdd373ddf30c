/**
 * Command-line options of our scripts (`npm run check -- --content …`): node:util's
 * parseArgs, but a mistyped option is a one-line Chinese error naming the option and
 * listing the valid ones (exit 2), never Node's stack trace; `--help` lists the options.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What went wrong, in Chinese with the English term, or undefined for an error that is not parseArgs'. */
export function optionError(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = (error as Error).message;
  const named = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = named.split(' ')[0];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知的选项 ${option}（unknown option）`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数 ${option}（unexpected argument）：此命令只接受以 -- 开头的选项`;
  if (/argument missing/.test(message)) return `选项 ${option} 需要一个值（missing value），写成 ${option} <值>`;
  if (/does not take an argument/.test(message)) return `选项 ${option} 不带值（takes no value），只写 ${option}`;
  return `命令行参数有误（${code}）：${message}`;
}

/** The options a command takes, one per line, as `--name <值>` or `--name`. */
export function optionList(options: ParseArgsConfig['options'] = {}): string {
  return Object.entries(options)
    .map(([name, o]) => `  --${name}${o.type === 'string' ? ' <值>' : ''}${o.default !== undefined && o.default !== false ? `（默认 ${String(o.default)}）` : ''}`)
    .join('\n');
}

/**
 * parseArgs for a script's entry point. `--help` (unless the script defines it) prints
 * `usage` and the options and exits 0; a parse error prints what is wrong, the usage and the
 * options, and exits 2.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T & { usage?: string }, args: string[] = process.argv.slice(2)): ReturnType<typeof parseArgs<T>> {
  const { usage, ...parseConfig } = config;
  const help = `${usage ? `用法（usage）：${usage}\n` : ''}可用的选项（options）：\n${optionList(config.options) || '  （无）'}\n`;
  if (!config.options?.help && (args.includes('--help') || args.includes('-h'))) {
    process.stdout.write(help);
    process.exit(0);
  }
  try {
    // `usage` is ours, not a parseArgs setting: it is not passed on.
    return parseArgs<T>({ ...parseConfig, args } as unknown as T);
  } catch (error) {
    const problem = optionError(error);
    if (!problem) throw error;
    process.stderr.write(`${problem}\n${help}`);
    process.exit(2);
  }
}
