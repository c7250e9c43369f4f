/**
 * Runs work items on a backend's lanes: each lane takes the next item as soon as it is
 * free. The first failure stops the lanes from taking more items and is rethrown once the
 * items already running have settled.
 */
export async function runOnLanes<L, T>(lanes: readonly L[], items: readonly T[], work: (item: T, lane: L) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (lane: L) => {
    while (!failure && next < items.length) {
      if (signal?.aborted) {
        failure ??= { error: signal.reason };
        break;
      }
      const item = items[next++];
      try {
        await work(item, lane);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(lanes.slice(0, Math.max(1, Math.min(lanes.length, items.length))).map(worker));
  if (failure) throw failure.error;
}
