/**
 * Runs tasks at most `limit` at a time, in the order added (`front`: before those waiting);
 * a task may add tasks while it runs (a batch adds its partitions' index steps). done()
 * settles when every task added has finished, or at the first failure.
 */
export function taskQueue(limit: number) {
  const queue: (() => Promise<unknown>)[] = [];
  let active = 0;
  let closed = false;
  let failure: unknown;
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  const next = () => {
    if (failure !== undefined) return settle?.reject(failure);
    while (active < limit && queue.length > 0) {
      const task = queue.shift()!;
      active++;
      task().then(
        () => {
          active--;
          next();
        },
        (error) => {
          failure ??= error ?? new Error('step failed');
          next();
        },
      );
    }
    if (closed && queue.length === 0 && active === 0) settle?.resolve();
  };
  return {
    add(task: () => Promise<unknown>, front = false): void {
      if (front) queue.unshift(task);
      else queue.push(task);
      next();
    },
    done(): Promise<void> {
      closed = true;
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        next();
      });
    },
  };
}
