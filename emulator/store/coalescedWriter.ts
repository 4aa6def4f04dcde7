/**
 * Many requests may change data at once; writing for each would be wasteful, so changes
 * made while a write runs are collected into one following write.
 */
export function coalescedWriter(write: () => Promise<void>) {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const start = (): Promise<void> => {
    running = write().finally(() => {
      running = null;
    });
    return running;
  };
  const save = (): Promise<void> => {
    if (!running) return start();
    next ??= running.then(
      () => {
        next = null;
        return start();
      },
      () => {
        next = null;
        return start();
      },
    );
    return next;
  };
  save.idle = async (): Promise<void> => {
    while (running || next) await (next ?? running);
  };
  return save;
}
