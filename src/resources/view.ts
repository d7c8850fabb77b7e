/**
 * The one mapping from parsed FAPI JSON to the camelCase fields resources expose.
 *
 * The zod schemas already checked every field and filled every default, so resources do not copy fields one
 * by one: they take a deep camelCase view of the parsed object. Names follow Clerk's JS resources
 * (`first_factor_verification.expire_at` → `firstFactorVerification.expireAt: Date`). Fields the schemas pass
 * through without knowing them are viewed the same way, so a field FAPI adds tomorrow is readable at once.
 *
 * Two kinds of keys keep their children as they are:
 * - data: metadata objects, the session actor, the display theme; they belong to the application;
 * - names: `user_settings.attributes` and `user_settings.social` are keyed by attribute and strategy names
 *   (`email_address`, `oauth_google`), which Clerk's API keeps in snake_case; their values are viewed.
 *
 * A resource class declares its fields by merging with an interface (`interface SignIn extends View<…>`) and
 * sets them with `assignView(this, toView(json))`; biome's noUnsafeDeclarationMerging is off for
 * src/resources for that reason (the fields are always assigned, by the constructor).
 */

/** Keys whose whole value is application data, handed over untouched. */
const DATA_KEY = /(^|_)metadata$|^(actor|theme|meta|preferred_channels)$/;
/** Keys whose children's keys are names (kept), while the children's values are viewed. */
const NAMED_KEYS = new Set(['attributes', 'social']);

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

type DataKey = `${string}metadata` | 'actor' | 'theme' | 'meta' | 'preferred_channels';

/** `*_at` epoch milliseconds become `Date`s; null and absence stay as they are. */
type DateOf<V> = V extends number ? Date : V;

type ViewOfField<K, V> = K extends DataKey
  ? V
  : K extends `${string}_at`
    ? DateOf<V>
    : K extends 'attributes' | 'social'
      ? { [Name in keyof V as string extends Name ? never : Name]: View<V[Name]> }
      : View<V>;

/**
 * The camelCase view of a parsed JSON type. Index signatures (the schemas' "unknown fields pass through") are
 * left out of the type, so a misspelt field name is a compile error; the values are still there at run time.
 */
export type View<T> = T extends string | number | boolean | null | undefined | Date
  ? T
  : T extends readonly (infer Item)[]
    ? View<Item>[]
    : {
        -readonly [K in keyof T as K extends string ? (string extends K ? never : CamelCase<K>) : never]: ViewOfField<
          K,
          T[K]
        >;
      };

const SNAKE_KEY = /^[a-z][a-z\d_]*$/;

/** What viewOf does with one key: its camelCase name (null: dropped), and how its value is handled. */
interface KeyRule {
  name: string | null;
  data: boolean;
  date: boolean;
  named: boolean;
}

/**
 * Rules by key. FAPI objects repeat a few hundred key names, and the regular expressions (a replace with a
 * callback above all) cost far more than a lookup: the environment and client are viewed on the way to the
 * first paint, so each name is worked out once per page.
 */
const keyRules = new Map<string, KeyRule>();

function ruleFor(key: string): KeyRule {
  let rule = keyRules.get(key);
  if (!rule) {
    // FAPI names are snake_case. A key already in camelCase (or anything else) is dropped: it would land on the
    // name of a field the schema checked (`supportedFirstFactors` over `supported_first_factors`).
    const snake = SNAKE_KEY.test(key) && key !== '__proto__';
    rule = {
      name: snake ? key.replace(/_([a-z\d])/g, (_, letter: string) => letter.toUpperCase()) : null,
      data: DATA_KEY.test(key),
      date: key.endsWith('_at'),
      named: NAMED_KEYS.has(key),
    };
    keyRules.set(key, rule);
  }
  return rule;
}

function viewOf(value: unknown, keepKeys = false): unknown {
  if (Array.isArray(value)) return value.map((item) => viewOf(item));
  if (value === null || typeof value !== 'object') return value;
  const view: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field = (value as Record<string, unknown>)[key];
    const rule = ruleFor(key);
    if (!keepKeys && rule.name === null) continue;
    if (key === '__proto__') continue;
    view[keepKeys ? key : (rule.name as string)] = rule.data
      ? field
      : rule.date && typeof field === 'number'
        ? new Date(field)
        : viewOf(field, rule.named);
  }
  return view;
}

/** The camelCase view of one parsed FAPI object (a fresh copy: resources may keep it). */
export function toView<T extends object>(json: T): View<T> {
  return viewOf(json) as View<T>;
}

/**
 * Copies a view's fields onto a resource. A field whose name the resource already uses for a getter or a
 * method (`fullName`, `create`) is skipped, so a field FAPI adds one day can neither crash the assignment
 * (getters have no setter) nor replace behaviour.
 */
export function assignView<T extends object>(resource: T, view: object): T {
  for (const [key, value] of Object.entries(view)) {
    if (Object.hasOwn(resource, key) || !(key in resource)) (resource as Record<string, unknown>)[key] = value;
  }
  return resource;
}
