/**
 * Text from the definition is literal in the Terraform the library writes: never a Terraform template
 * (`${...}` interpolation, `%{...}` directive), never a cdktf token (`${TfToken[...]}` and its list, map and
 * number forms, which cdktf would resolve into a reference to another resource).
 *
 * It is done at one seam, on both sides of cdktf, so no construct can bypass it:
 * 1. {@link literalView}: `buildAccessModel` hands the constructs a copy of the resolved model in which every
 *    string has its `{` (and any private sentinel character) encoded, so no definition text can contain a
 *    template opening or a cdktf token marker (every one of them has a `{`), and token-shaped numbers are broken.
 *    The constructs only ever see this copy.
 * 2. {@link decodeLiteralText}: every stack the model is built into decodes the synthesized Terraform (JSON or
 *    HCL) after cdktf has resolved its tokens, writing each encoded `{` back as `{`, and a `${` or `%{` it forms
 *    in Terraform's escaped form `$${` / `%%{`, which Terraform reads as the literal text
 *    (https://developer.hashicorp.com/terraform/language/expressions/strings#escape-sequences-1).
 *
 * Every `{` left unencoded after resolution is the library's own: cdktf's rendering of a reference.
 */
import type { TerraformStack } from 'cdktf';

/** Stands for a `{` of definition text until the stack is decoded. */
const BRACE = '\uE000';
/** Makes the next character literal: a sentinel character of the definition, or a broken number token. */
const LITERAL = '\uE001';

/**
 * cdktf encodes number tokens as doubles whose upper 16 bits are a marker (0xFDFF, 0xFBFF for lists) and finds
 * them in strings with this pattern (cdktf 0.21 `lib/tokens/private/encoding.js`, NUMBER_TOKEN_REGEX,
 * DOUBLE_TOKEN_MARKER_BITS); only such a number is broken, so UUIDs like `...-10228331e376` stay as they are.
 */
const NUMBER_LIKE = /[-|\d|.+]+(e[-|\d|.|e|E|+]+)/g;
const TOKEN_MARKERS = new Set([0xfdff, 0xfbff]);
const bits = new DataView(new ArrayBuffer(8));

/** Whether a number written in text is one of cdktf's encoded number tokens. */
function isNumberToken(text: string): boolean {
  const x = parseFloat(text);
  if (!Number.isFinite(x)) return false;
  bits.setFloat64(0, x);
  return TOKEN_MARKERS.has(bits.getUint16(0));
}

/** Definition text as the constructs see it: `{` and the sentinels encoded, token-shaped numbers broken. */
export function encodeLiteral(text: string): string {
  if (!/[{\uE000\uE001]|[-|\d.+]e/.test(text)) return text;
  let out = text.replace(/[\uE000\uE001]/g, (c) => `${LITERAL}${c}`).replace(/\{/g, BRACE);
  out = out.replace(NUMBER_LIKE, (m) => (isNumberToken(m) ? m.replace(/e/g, `${LITERAL}e`) : m));
  return out;
}

/** Decodes the sentinels of {@link encodeLiteral}; `escaped`: a `{` after `$` or `%` as Terraform's `$${` / `%%{`. */
function decode(text: string, escaped: boolean): string {
  if (!/[\uE000\uE001]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === LITERAL && i + 1 < text.length) {
      out += text[++i];
    } else if (c === BRACE) {
      const before = out[out.length - 1];
      out += escaped && (before === '$' || before === '%') ? `${before}{` : '{';
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * The synthesized text of a string with encoded definition text written as Terraform reads it literally: an
 * encoded `{` becomes `{`, as `$${` / `%%{` where it follows `$` / `%`.
 */
export function decodeLiteral(text: string): string {
  return decode(text, true);
}

/** The definition text a value of the literal view stands for (for hashes and messages). */
export function rawLiteral(text: string): string {
  return decode(text, false);
}

/**
 * Plain data (a resolved model) with every string, object key included, encoded by {@link encodeLiteral}. Only
 * what changes is copied: a value with nothing to encode is returned as it is (the same object), so a model whose
 * text holds no `{` costs one walk and no copy, and `literalView(x) === x` says nothing needs decoding.
 */
export function literalView<T>(value: T): T {
  const done = new Map<object, unknown>();
  const view = (v: unknown): unknown => {
    if (typeof v === 'string') return encodeLiteral(v);
    if (v === null || typeof v !== 'object') return v;
    if (done.has(v)) return done.get(v);
    // Copy lazily, from the first value that changes: a model with nothing to encode allocates nothing.
    let out: unknown[] | Record<string, unknown> | undefined;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = view(v[i]);
        if (out === undefined && x !== v[i]) out = v.slice(0, i);
        if (out !== undefined) (out as unknown[]).push(x);
      }
    } else {
      const keys = Object.keys(v);
      const record = v as Record<string, unknown>;
      for (let i = 0; i < keys.length; i++) {
        const k = encodeLiteral(keys[i]);
        const x = view(record[keys[i]]);
        if (out === undefined && (k !== keys[i] || x !== record[keys[i]])) {
          out = {};
          for (let j = 0; j < i; j++) out[keys[j]] = record[keys[j]];
        }
        if (out !== undefined) (out as Record<string, unknown>)[k] = x;
      }
    }
    const result = out ?? v;
    done.set(v, result);
    return result;
  };
  return view(value) as T;
}

/** Every string (and object key) of synthesized Terraform JSON decoded by {@link decodeLiteral}. */
export function decodeLiteralJson(value: unknown): unknown {
  if (typeof value === 'string') return decodeLiteral(value);
  if (Array.isArray(value)) return value.map(decodeLiteralJson);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(value)) out[decodeLiteral(k)] = decodeLiteralJson(x);
  return out;
}

const decoding = new WeakSet<TerraformStack>();

/**
 * Makes a stack decode literal text when it synthesizes (JSON and HCL output); idempotent. The stack's own
 * `toTerraform` / `toHclTerraform` run first, with every token resolved.
 */
export function decodeLiteralText(stack: TerraformStack): void {
  if (decoding.has(stack)) return;
  decoding.add(stack);
  const toTerraform = stack.toTerraform.bind(stack);
  const toHcl = stack.toHclTerraform.bind(stack);
  stack.toTerraform = (): unknown => decodeLiteralJson(toTerraform());
  stack.toHclTerraform = (): { [key: string]: unknown } => {
    const hcl = toHcl() as { [key: string]: unknown };
    return decodeLiteralJson(hcl) as { [key: string]: unknown };
  };
}
