/**
 * The one place where untrusted JSON becomes typed data: parse with a schema or throw a
 * `LatchRuntimeError('malformed_response')` naming the first problem, so a server bug surfaces as a typed
 * error at the boundary instead of a crash deep inside a component.
 */
import type * as z from 'zod/mini';
import { LatchRuntimeError } from './errors.js';

/** `sessions.0.user.id: expected string, received undefined` (zod/mini ships no message locale, so we word it). */
export function summarizeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  if (issue.code === 'invalid_type') {
    let received: unknown = input;
    for (const key of issue.path) received = (received as Record<PropertyKey, unknown> | null)?.[key];
    const kind = received === null ? 'null' : Array.isArray(received) ? 'array' : typeof received;
    return `${path}: expected ${issue.expected}, received ${kind}`;
  }
  if (issue.code === 'invalid_value') return `${path}: expected one of ${issue.values.map(String).join(', ')}`;
  return `${path}: ${issue.code}`;
}

export function parseOrThrow<T extends z.ZodMiniType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  const detail = first ? summarizeIssue(first, input) : 'invalid';
  const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more)` : '';
  throw new LatchRuntimeError('malformed_response', `Malformed ${what} response: ${detail}${more}`, {
    cause: result.error,
  });
}
