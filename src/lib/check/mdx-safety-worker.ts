/**
 * findUnsafeMdx in a worker thread that is replaced every CALLS_PER_THREAD sources. Satteri's
 * parser keeps about 30 KB of native memory per call until its thread ends (satteri 0.10.5
 * and 0.11.7: 20,000 parses of an 8,000-character text, 72 → 706 MB, heap 5 MB): over the
 * 150,000 texts of a national corpus the check's process grew to 5 GB with a 1 GB heap. A
 * thread's memory is reused once it has ended, so a replaced thread bounds it. Synchronous,
 * as the check is: the caller waits on a shared flag and takes the answer off the port.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { MdxFinding } from './mdx-safety.ts';

/** Sources one thread parses before it is replaced: about 60 MB of parser memory. */
export const CALLS_PER_THREAD = 2000;

/** How long one source may take (a parse takes milliseconds): past it the thread is taken for dead, and the check fails rather than hangs. */
const ANSWER_MS = 60_000;

export interface MdxSafetyWorker {
  find(source: string, options: { allowFrontmatter: boolean }): MdxFinding[];
  /** Ends the thread. */
  close(): void;
  /** How many threads have been started: one per CALLS_PER_THREAD sources. */
  readonly threads: number;
}

export function mdxSafetyWorker(callsPerThread = CALLS_PER_THREAD): MdxSafetyWorker {
  let thread: { worker: Worker; port: MessagePort; signal: Int32Array; calls: number } | undefined;
  let threads = 0;
  const start = () => {
    threads++;
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./mdx-safety-thread.ts', import.meta.url), { workerData: { port: port2, signal }, transferList: [port2] });
    worker.unref();
    return { worker, port: port1, signal, calls: 0 };
  };
  const close = () => {
    if (!thread) return;
    thread.port.close();
    void thread.worker.terminate();
    thread = undefined;
  };
  return {
    find(source, { allowFrontmatter }) {
      if (thread && thread.calls >= callsPerThread) close();
      thread ??= start();
      thread.calls++;
      Atomics.store(thread.signal, 0, 0);
      thread.port.postMessage({ source, allowFrontmatter });
      const waited = Atomics.wait(thread.signal, 0, 0, ANSWER_MS);
      const reply = receiveMessageOnPort(thread.port)?.message as { findings?: MdxFinding[]; error?: string } | undefined;
      if (!reply?.findings) {
        close();
        throw new Error(`MDX 安全检查的线程没有回答（the MDX safety thread failed）：${reply?.error ?? (waited === 'timed-out' ? `${ANSWER_MS / 1000} 秒内无回答` : '无回答')}`);
      }
      return reply.findings;
    },
    close,
    get threads() {
      return threads;
    },
  };
}
