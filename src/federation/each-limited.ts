/**
 * Runs `task` over every item, at most `limit` at a time, and returns the results in the items' order. Members are
 * read this way: a few at once keeps slow sites from holding the rest up without holding every member in memory.
 */
export async function eachLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
