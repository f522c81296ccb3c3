/**
 * Runs `task` over `items` with at most `limit` running at once, results in input order.
 * The bound is what keeps a run over thousands of files under the open-files limit and its
 * memory at a few texts in flight, whatever the folder's size.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index]!, index)
    }
  }
  await Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, lane))
  return results
}
