/**
 * Validates dev-server responses against Clerk's FAPI OpenAPI document (the wire authority).
 *
 * The spec is OpenAPI 3.0, so its schemas are converted to JSON Schema for ajv: `nullable: true` becomes
 * `anyOf: [{type: 'null'}, <schema>]` (which also works when the schema is an allOf/oneOf wrapper, where adding
 * "null" to `type` would not), documentation-only keywords are dropped, `$ref`s to components are rewritten to
 * one registered root document, and formats ajv-formats does not know (int64, float…) are accepted as-is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

export const SPEC_FILE = '/work/shared/reference/clerk-openapi-fapi/2026-05-12.yml';
const ROOT_ID = 'fapi-spec';
const DROPPED_KEYWORDS = new Set([
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'nullable',
]);
/** Keywords whose value is a schema / a list of schemas / a map of schemas. */
const SCHEMA_KEYWORDS = new Set(['items', 'not', 'additionalProperties']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'oneOf', 'anyOf']);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties']);

type Json = Record<string, unknown>;
type Spec = { paths: Record<string, Record<string, Json>>; components: { schemas: Json; responses: Json } };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rewriteRef(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return `${ROOT_ID}#/definitions/${ref.slice(prefix.length).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** OpenAPI 3.0 schema → JSON Schema (draft-07 flavour ajv accepts). */
export function convertSchema(schema: unknown, formats: Set<string>): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (key === '$ref') out.$ref = rewriteRef(value as string);
    else if (SCHEMA_KEYWORDS.has(key)) out[key] = typeof value === 'boolean' ? value : convertSchema(value, formats);
    else if (SCHEMA_LIST_KEYWORDS.has(key)) out[key] = (value as unknown[]).map((s) => convertSchema(s, formats));
    else if (SCHEMA_MAP_KEYWORDS.has(key)) {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, s]) => [k, convertSchema(s, formats)]));
    } else {
      if (key === 'format' && typeof value === 'string') formats.add(value);
      out[key] = value;
    }
  }
  if (schema.nullable === true) {
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly spec: Spec;
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor(specFile = SPEC_FILE) {
    this.spec = parse(readFileSync(specFile, 'utf8')) as Spec;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
    addFormats(this.ajv);

    const formats = new Set<string>();
    const definitions = Object.fromEntries(
      Object.entries(this.spec.components.schemas).map(([name, s]) => [name, convertSchema(s, formats)]),
    );
    this.registerUnknownFormats(formats);
    this.ajv.addSchema({ $id: ROOT_ID, definitions });
  }

  /**
   * The response schema for (path template, method, status), or null when the spec documents the status without
   * a body schema (e.g. POST /v1/dev_browser's 200). Statuses the spec does not list fall back to `default` and
   * then, for errors, to the ClerkErrors envelope every FAPI error uses (the spec omits e.g. 429 on some paths).
   */
  validatorFor(pathTemplate: string, method: string, status: number): ValidateFunction | null {
    const key = `${method.toLowerCase()} ${pathTemplate} ${status}`;
    if (this.cache.has(key)) return this.cache.get(key) ?? null;
    const operation = this.spec.paths[pathTemplate]?.[method.toLowerCase()];
    if (!operation) throw new Error(`spec has no operation ${method.toUpperCase()} ${pathTemplate}`);
    const responses = operation.responses as Json;
    let response = (responses[String(status)] ?? responses.default) as Json | undefined;
    if (!response && status >= 400) response = { $ref: '#/components/responses/ClerkErrors' };
    if (!response) throw new Error(`spec documents no ${status} for ${method.toUpperCase()} ${pathTemplate}`);
    if (typeof response.$ref === 'string') {
      response = this.spec.components.responses[response.$ref.replace('#/components/responses/', '')] as Json;
    }
    const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
    let validate: ValidateFunction | null = null;
    if (schema) {
      const formats = new Set<string>();
      const converted = convertSchema(schema, formats);
      this.registerUnknownFormats(formats);
      validate = this.ajv.compile(converted as Json);
    }
    this.cache.set(key, validate);
    return validate;
  }

  /** The spec's path template for a concrete FAPI path (`/v1/client/sign_ins/sia_1` → `…/{sign_in_id}`). */
  templateFor(method: string, path: string): string | null {
    const segments = path.split('/');
    const params = (template: string) => template.split('{').length;
    // Literal segments win over parameters (`/sessions/active` before `/sessions/{session_id}`).
    const templates = Object.keys(this.spec.paths).sort((a, b) => params(a) - params(b));
    for (const template of templates) {
      const parts = template.split('/');
      if (parts.length !== segments.length || !this.spec.paths[template]?.[method.toLowerCase()]) continue;
      if (parts.every((part, i) => part.startsWith('{') || part === segments[i])) return template;
    }
    return null;
  }

  /** Problems of one response body against the spec ([] when it matches or the spec has no schema). */
  problems(method: string, path: string, status: number, body: unknown): string[] {
    const template = this.templateFor(method, path);
    if (!template) return [`${method.toUpperCase()} ${path}: no such operation in the spec`];
    const validate = this.validatorFor(template, method, status);
    if (!validate || validate(body)) return [];
    return (validate.errors ?? [])
      .slice(0, 15)
      .map((e) => `${method.toUpperCase()} ${template} → ${status}: ${e.instancePath || '/'} ${e.message}`);
  }

  private registerUnknownFormats(formats: Set<string>): void {
    for (const format of formats) if (!this.ajv.formats[format]) this.ajv.addFormat(format, true);
  }
}

let shared: OpenApiValidator | null = null;

function validator(): OpenApiValidator {
  shared ??= new OpenApiValidator();
  return shared;
}

/**
 * Asserts that `res` matches the spec for (path template, method, its status) and returns the parsed body.
 * Returns the body unchecked only where the spec has no schema; callers then assert the shape themselves.
 */
export async function expectValid<T = any>(pathTemplate: string, method: string, res: Response): Promise<T> {
  const text = await res.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    assert.fail(`${method} ${pathTemplate} → ${res.status}: body is not JSON: ${text.slice(0, 200)}`);
  }
  const validate = validator().validatorFor(pathTemplate, method, res.status);
  if (validate && !validate(body)) {
    const problems = (validate.errors ?? [])
      .slice(0, 15)
      .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
      .join('\n  ');
    assert.fail(`${method.toUpperCase()} ${pathTemplate} → ${res.status} does not match the spec:\n  ${problems}`);
  }
  return body as T;
}
