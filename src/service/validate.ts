/**
 * Argument validation for every inbound API call: each method's arguments are parsed with its
 * schema from src/shared/api.ts before the implementation runs.
 */
import { apiArgSchemas, API_METHODS, type ApiMethod, type WorkbenchApi } from '../shared/api';
import { issuePath } from '../shared/runlog';

export class ApiArgumentError extends Error {
  constructor(method: string, detail: string) {
    super(`invalid arguments to ${method}: ${detail}`);
    this.name = 'ApiArgumentError';
  }
}

/** Wrap an implementation so that every call is validated; unknown methods are not exposed. */
export function withValidation(impl: WorkbenchApi): WorkbenchApi {
  // No prototype: names like `constructor` or `toString` are not callable methods.
  const wrapped: Record<string, (...args: unknown[]) => unknown> = Object.create(null);
  for (const method of API_METHODS) {
    const schema = apiArgSchemas[method];
    const fn = impl[method] as (...args: unknown[]) => unknown;
    wrapped[method] = (...args: unknown[]) => {
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // Every method is async: a bad call is a rejected promise, like any other failure.
        return Promise.reject(new ApiArgumentError(method, `${issuePath(issue.path)}: ${issue.message}`));
      }
      return fn.apply(impl, parsed.data as unknown[]);
    };
  }
  return wrapped as unknown as WorkbenchApi;
}

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as string[]).includes(name);
}
