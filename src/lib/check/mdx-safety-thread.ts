/**
 * The thread of mdx-safety-worker.ts: finds the safety findings of each MDX source it is
 * sent, answers on the same port, and wakes the waiting caller.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { findUnsafeMdx } from './mdx-safety.ts';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
port.on('message', ({ source, allowFrontmatter }: { source: string; allowFrontmatter: boolean }) => {
  try {
    port.postMessage({ findings: findUnsafeMdx(source, { allowFrontmatter }) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    // Whatever happened, the caller wakes: it reads a reply, or finds none and fails.
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
});
