// Compile-time equality of two types, used to tie hand-written values (valibot schemas,
// enum arrays) to the generated OpenAPI types so that drift fails `tsc`.

/**
 * `true` when A and B are the same type. Uses the deferred-conditional trick, which is
 * stricter than mutual assignability: a missing optional member is a difference.
 */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** `true` when A and B are assignable to each other (looser than Equal). */
export type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when given `true`; `assertType<Equal<X, Y>>()` documents the check at its call site. */
export function assertType<T extends true>(): T | undefined {
  return undefined;
}

/** Compiles only when T is `never`; the error message names the offending members. */
export function expectNever<T extends never>(): T | undefined {
  return undefined;
}
