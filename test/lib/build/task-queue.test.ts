import { describe, expect, test } from 'vitest';
import { taskQueue } from '../../../src/lib/build/task-queue.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('taskQueue', () => {
  test('runs at most `limit` tasks at a time, in the order added, front tasks first', async () => {
    const queue = taskQueue(2);
    let active = 0;
    let most = 0;
    const order: string[] = [];
    const task = (name: string) => async () => {
      active++;
      most = Math.max(most, active);
      order.push(name);
      await tick();
      active--;
    };
    for (const name of ['a', 'b', 'c', 'd']) queue.add(task(name));
    queue.add(task('first'), true);
    await queue.done();
    expect(most).toBe(2);
    expect(order).toEqual(['a', 'b', 'first', 'c', 'd']);
  });

  test('waits for tasks that running tasks add', async () => {
    const queue = taskQueue(1);
    const done: string[] = [];
    queue.add(async () => {
      await tick();
      queue.add(async () => {
        done.push('added');
      });
      done.push('outer');
    });
    await queue.done();
    expect(done).toEqual(['outer', 'added']);
  });

  test('rejects at the first failure and starts nothing after it', async () => {
    const queue = taskQueue(1);
    const ran: string[] = [];
    queue.add(async () => {
      throw new Error('pages 2023 failed');
    });
    queue.add(async () => {
      ran.push('after');
    });
    await expect(queue.done()).rejects.toThrow('pages 2023 failed');
    expect(ran).toEqual([]);
  });

  test('settles at once with nothing to do', async () => {
    await expect(taskQueue(2).done()).resolves.toBeUndefined();
  });
});
