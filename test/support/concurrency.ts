// Fires N calls at the same moment: every call is prepared first, then all are released together
// so they reach the server concurrently (distinct connections, real HTTP).
export async function fireAtOnce<T>(count: number, call: (index: number) => Promise<T>): Promise<T[]> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const calls = Array.from({ length: count }, async (_, index) => {
    await gate;
    return call(index);
  });
  release();
  return Promise.all(calls);
}
