/**
 * JSON codec for API messages on both transports. Errors cross the boundary as
 * `{ __error: { name, message } }` and come back as Error objects.
 */
interface WireError {
  __error: { name: string; message: string };
}

function isWireError(v: unknown): v is WireError {
  return typeof v === 'object' && v !== null && '__error' in v;
}

export function serializeMessage(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Error ? ({ __error: { name: v.name, message: v.message } } satisfies WireError) : v,
  );
}

export function deserializeMessage(data: unknown): unknown {
  return JSON.parse(String(data), (_key, v: unknown) => {
    if (!isWireError(v)) return v;
    const e = new Error(v.__error.message);
    e.name = v.__error.name;
    return e;
  });
}
