/**
 * Headless Chromium driven over the DevTools protocol on a pipe, with nothing attached to
 * its pages while they load: for timing cold landings the way a reader's browser runs them.
 *
 * Playwright attaches to every page it opens and follows each request (the Network domain),
 * which costs the browser's main thread work per request. Traced on the bench machine
 * (2 cores), that was 26–38 ms of the browser's main thread during the 70–80 ms in which a
 * landing fetched its result cards. On the same output, alternating blocks of 12 landings
 * (2026-12-03): query → first results 251 and 258 ms here against 319 and 275 ms under
 * Playwright; navigation → first results 348 and 371 ms against 403 and 381 ms. A page
 * opened here (through the bench server's launch page, whose connection is closed so the
 * page opens its own) is left alone until the server has sent it nothing for a while; only then
 * does the driver attach and read the timings the search page records itself (data-ms,
 * data-since-navigation on #results).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { LAUNCH_PATH, type Sent } from './serve.ts';

/** How long the server must have sent nothing before the landing counts as settled. */
const QUIET_MS = 300;
const TIMEOUT_MS = 120_000;

export interface PipeBrowser {
  /**
   * Opens `url` (served by serve.ts's benchServer, which also serves the launch page) in a
   * fresh browser context (nothing cached), waits until `log` (that server's) has been
   * quiet for QUIET_MS, then returns the data attributes of element `id` once its
   * data-state is "done".
   */
  land(url: string, log: Sent[], id: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

interface Message {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * Script to evaluate in a page: resolves with element `id`'s data attributes once its
 * data-state is "done" (a MutationObserver; throws when there is no such element). Shared
 * with the Playwright path in queries.ts.
 */
export const whenDoneExpression = (id: string) => `new Promise((resolve) => {
  const element = document.getElementById(${JSON.stringify(id)});
  const done = () => element && element.dataset.state === 'done' && (resolve({ ...element.dataset }), true);
  if (!done()) new MutationObserver((_, observer) => done() && observer.disconnect()).observe(element, { attributes: true });
})`;

/**
 * Launches Debian's Chromium (CHROMIUM_PATH overrides) with the bench's flags and a zh-CN
 * locale; `acceptSelfSigned` for the bench's HTTP/2 server.
 */
export async function launchPipeBrowser(options: { acceptSelfSigned?: boolean } = {}): Promise<PipeBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'mingzhang-bench-chromium-'));
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--lang=zh-CN', '--accept-lang=zh-CN', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...(options.acceptSelfSigned ? ['--ignore-certificate-errors'] : []), 'about:blank'];
  const child = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    for (const p of pending.values()) p.reject(failed);
    pending.clear();
  };
  // A missing executable, a closed pipe or an exit: every call waiting, and every later one, fails.
  child.on('error', (error) => fail(new Error(`Chromium (${child.spawnfile}): ${error.message}`)));
  toBrowser.on('error', (error) => fail(new Error(`Chromium pipe: ${error.message}`)));
  child.on('exit', (code, signal) => fail(new Error(`Chromium exited (${signal ?? `code ${code}`}): ${stderr.trim().split('\n').at(-1) ?? ''}`)));
  // Messages are JSON, each followed by a NUL byte; the decoder keeps characters split between chunks whole.
  fromBrowser.setEncoding('utf8');
  let buffer = '';
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const text = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      let message: Message;
      try {
        message = JSON.parse(text) as Message;
      } catch {
        fail(new Error(`Chromium sent a message that is not JSON: ${text.slice(0, 200)}`));
        continue;
      }
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message);
    }
  });
  let next = 0;
  const send = <T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> => {
    if (failed) return Promise.reject(failed);
    const id = ++next;
    return new Promise<Message>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    }).then((m) => m.result as T);
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      await send('Browser.close').catch(() => undefined);
      // Browser.close unanswered or ignored: no waiting for ever.
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(killer);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await send('Browser.getVersion');
  } catch (error) {
    await stop();
    throw error;
  }

  const quiet = async (log: Sent[], since: number) => {
    for (;;) {
      const last = log.at(-1)?.at ?? since;
      if (log.length > 0 && performance.now() - last >= QUIET_MS) return;
      if (performance.now() - since > TIMEOUT_MS) throw new Error(`no quiet ${QUIET_MS} ms after ${TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  const parsed = async (sessionId: string, since: number) => {
    const expression = `location.pathname !== ${JSON.stringify(LAUNCH_PATH)} && document.readyState !== 'loading'`;
    for (;;) {
      const state = await send<{ result: { value?: boolean } }>('Runtime.evaluate', { expression, returnByValue: true }, sessionId).catch(() => undefined);
      if (state?.result.value === true) return;
      if (performance.now() - since > TIMEOUT_MS) throw new Error(`page not parsed after ${TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  return {
    async land(url, log, id) {
      const since = performance.now();
      const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
      try {
        // Through the bench server's launch page: the measured page then loads in a renderer
        // already started (as after Playwright's blank page), and no client attaches before
        // it is done (attaching to navigate and detaching delayed the page's own script).
        const launch = new URL(`${LAUNCH_PATH}?to=${encodeURIComponent(url)}`, url).href;
        const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: launch, browserContextId });
        await quiet(log, since);
        const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
        // On a loaded machine the server can fall quiet before the measured page has replaced
        // the launch page or been parsed: wait for that, not for the search (timed by the page).
        await parsed(sessionId, since);
        const evaluation = send<{ result: { value: Record<string, string> }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression: whenDoneExpression(id), awaitPromise: true, returnByValue: true }, sessionId);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${url}: #${id} not done after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)));
        const evaluated = await Promise.race([evaluation, timeout]).finally(() => clearTimeout(timer));
        if (evaluated.exceptionDetails) throw new Error(`${url}: ${evaluated.exceptionDetails.text}`);
        return evaluated.result.value;
      } finally {
        // Not in the way of the error that brought us here, if any.
        await send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
      }
    },
    close: stop,
  };
}
