/**
 * A small JSON Schema (2020-12) checker for the subset z.toJSONSchema emits: type, enum,
 * const, properties, required, additionalProperties, propertyNames, items, anyOf, oneOf,
 * allOf, $ref into the document, and the string, number and array bounds. `format` is
 * informative only. The tests use it to hold real API responses against the published
 * OpenAPI document, without adding a validator package.
 */
export type Schema = boolean | { [keyword: string]: unknown };

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

function resolve(root: unknown, ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (node === undefined) throw new Error(`Unresolved $ref ${ref}`);
  return node as Schema;
}

const num = (s: Record<string, unknown>, k: string) =>
  typeof s[k] === "number" ? (s[k] as number) : undefined;

/** Every way `value` fails `schema`, as "path: problem" lines; [] when it conforms. */
export function checkSchema(schema: Schema, value: unknown, root: unknown = schema, path = "$"): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  const s = schema;
  const errors: string[] = [];
  if (typeof s.$ref === "string") errors.push(...checkSchema(resolve(root, s.$ref), value, root, path));
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => matchesType(value, t)))
      return [...errors, `${path}: expected ${types.join(" or ")}, got ${typeOf(value)}`];
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => e === value))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if ("const" in s && s.const !== value) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.allOf))
    for (const sub of s.allOf as Schema[]) errors.push(...checkSchema(sub, value, root, path));
  if (
    Array.isArray(s.anyOf) &&
    !(s.anyOf as Schema[]).some((sub) => checkSchema(sub, value, root, path).length === 0)
  ) {
    errors.push(`${path}: matches none of anyOf`);
  }
  if (
    Array.isArray(s.oneOf) &&
    (s.oneOf as Schema[]).filter((sub) => checkSchema(sub, value, root, path).length === 0).length !== 1
  ) {
    errors.push(`${path}: must match exactly one of oneOf`);
  }
  if (typeof value === "string") {
    const min = num(s, "minLength");
    const max = num(s, "maxLength");
    if (min !== undefined && [...value].length < min) errors.push(`${path}: shorter than ${min}`);
    if (max !== undefined && [...value].length > max) errors.push(`${path}: longer than ${max}`);
    if (typeof s.pattern === "string" && !new RegExp(s.pattern).test(value))
      errors.push(`${path}: does not match ${s.pattern}`);
  }
  if (typeof value === "number") {
    const [min, max, xmin, xmax] = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].map((k) =>
      num(s, k),
    );
    if (min !== undefined && value < min) errors.push(`${path}: below ${min}`);
    if (max !== undefined && value > max) errors.push(`${path}: above ${max}`);
    if (xmin !== undefined && value <= xmin) errors.push(`${path}: not above ${xmin}`);
    if (xmax !== undefined && value >= xmax) errors.push(`${path}: not below ${xmax}`);
  }
  if (Array.isArray(value)) {
    const min = num(s, "minItems");
    const max = num(s, "maxItems");
    if (min !== undefined && value.length < min) errors.push(`${path}: fewer than ${min} items`);
    if (max !== undefined && value.length > max) errors.push(`${path}: more than ${max} items`);
    if (s.items !== undefined)
      value.forEach((item, i) => errors.push(...checkSchema(s.items as Schema, item, root, `${path}[${i}]`)));
  }
  if (typeOf(value) === "object") {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[])
      if (!(key in obj)) errors.push(`${path}: missing required ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (key in props) errors.push(...checkSchema(props[key]!, v, root, `${path}.${key}`));
      else if (s.additionalProperties !== undefined)
        errors.push(...checkSchema(s.additionalProperties as Schema, v, root, `${path}.${key}`));
      if (s.propertyNames !== undefined)
        errors.push(...checkSchema(s.propertyNames as Schema, key, root, `${path}{${key}}`));
    }
  }
  return errors;
}
