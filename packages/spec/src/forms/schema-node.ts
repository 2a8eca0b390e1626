// Reading a form's JSON Schema as plain data: resolving local `$ref`s and keyword locations.

/** A schema node as JSON: an object of keywords, or a boolean schema. */
export type SchemaNode = { readonly [keyword: string]: unknown } | boolean;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeToken(token: string): string {
  return decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Follows a local reference (`#/$defs/person`) from the root; forms keep their `$defs` inside. */
export function resolveLocalRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let current: unknown = root;
  for (const token of ref.slice(1).split('/').slice(1)) {
    if (!isObject(current)) return undefined;
    current = current[decodeToken(token)];
  }
  return isObject(current) || typeof current === 'boolean' ? current : undefined;
}

/**
 * The schema object holding the keyword at a validator's `keywordLocation`
 * (`#/properties/kids/items/$ref/properties/n/maxLength`), stepping through `$ref`s.
 */
export function keywordHolder(root: SchemaNode, keywordLocation: string): Record<string, unknown> | undefined {
  const tokens = keywordLocation.replace(/^#/, '').split('/').slice(1).map(decodeToken);
  let current: unknown = root;
  for (const token of tokens.slice(0, -1)) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    if (token === '$ref' && isObject(current) && typeof current.$ref === 'string') {
      current = resolveLocalRef(root, current.$ref);
    } else {
      current = (current as Record<string, unknown>)[token];
    }
  }
  return isObject(current) ? current : undefined;
}
