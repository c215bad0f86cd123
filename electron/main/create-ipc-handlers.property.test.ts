// Property tests of the IPC boundary: every channel main registers gets thousands of random and
// hostile payloads (anything a structured clone can carry: wrong types, NaN, BigInt, Maps, typed
// arrays, null-prototype objects, prototype-pollution keys, huge strings, deep nesting), and must
// answer each with an envelope, quickly, without throwing. A payload reaches the notebook only if
// its schema accepts it, and then as exactly what the schema made of it.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { openTestNotebook } from '../core/notebook/notebook-test-kit';
import type { NotebookApi, NotebookMethod } from '../shared/api';
import { dispatch, isNotebookMethod, NOTEBOOK_METHODS } from '../shared/dispatch';
import { ERROR_CODES, type Result } from '../shared/result';
import { schemas } from '../shared/schemas';
import { createIpcHandlers, type IpcHandler } from './create-ipc-handlers';
import type { SenderInfo } from './is-trusted-sender';

const HOSTILE_RUNS = 1_000;
const REAL_RUNS = 40;
/** No call may take longer than this, whatever it is sent. */
const FAKE_BOUND_MS = 1_000;
const REAL_BOUND_MS = 20_000;

const trusted: SenderInfo = { webContentsId: 1, isMainFrame: true, url: 'app://dossier/index.html' };

// ---- zod schemas → arbitraries of valid inputs ----------------------------------------------------

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  options?: Schema[];
  element?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
}
interface Schema {
  _zod: { def: Def };
}
const defOf = (s: unknown): Def => (s as Schema)._zod.def;

/** Strings that have broken other parsers, or that mean something to JavaScript objects. */
const NASTY = ['__proto__', 'constructor', 'prototype', 'toString', '<script>alert(1)</script>', '../../etc/passwd', 'C:\\Windows\\win.ini', '\u0000', '\ud800', '‮', ' ', '%00', '${x}'];

/** Known ids, by the field names that carry them (filled from the real notebook). */
type Pool = Partial<Record<string, string[]>>;

function validArb(schema: unknown, pool: Pool = {}, key = ''): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const hinted = (base: fc.Arbitrary<unknown>) => {
    const known = pool[key] ?? [];
    return known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: base, weight: 1 }) : base;
  };
  switch (d.type) {
    case 'optional':
    case 'default':
      return fc.option(validArb(d.innerType, pool, key), { nil: undefined });
    case 'nullable':
      return fc.option(validArb(d.innerType, pool, key), { nil: null });
    case 'object': {
      const shape = d.shape ?? {};
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, validArb(s, pool, k)]));
      const requiredKeys = Object.keys(shape).filter((k) => !['optional', 'default'].includes(defOf(shape[k]).type));
      return fc.record(fields, { requiredKeys });
    }
    case 'string': {
      const checks = (d.checks ?? []).map((c) => c._zod.def);
      const pattern = checks.find((c) => c.format === 'regex')?.pattern;
      if (pattern) return hinted(fc.stringMatching(pattern));
      if (d.format === 'date') {
        return fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10));
      }
      if (d.format === 'url') return fc.webUrl({ validSchemes: ['http', 'https'] });
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 1_000;
      const short = Math.min(max, 40);
      const nasty = NASTY.filter((s) => s.length >= min && s.length <= max);
      return hinted(
        fc.oneof(
          fc.string({ minLength: min, maxLength: short }),
          fc.string({ unit: 'binary', minLength: min, maxLength: short }),
          ...(nasty.length > 0 ? [fc.constantFrom(...nasty)] : []),
          fc.constant('x'.repeat(max)),
        ),
      );
    }
    case 'number': {
      const checks = (d.checks ?? []).map((c) => c._zod.def);
      const min = checks.find((c) => c.check === 'greater_than')?.value ?? -1_000_000;
      const max = checks.find((c) => c.check === 'less_than')?.value ?? 1_000_000;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(d.values ?? []));
    case 'union':
      return fc.oneof(...(d.options ?? []).map((o) => validArb(o, pool, key)));
    case 'array': {
      const max = (d.checks ?? []).map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum ?? 10;
      return fc.array(validArb(d.element, pool, key), { maxLength: Math.min(max, 5) });
    }
    default:
      throw new Error(`No arbitrary for a zod ${d.type}: teach validArb about it`);
  }
}

// ---- hostile payloads ------------------------------------------------------------------------------

const ANYTHING = {
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'text', 'markdown', 'patch', 'item', 'type')),
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
};

const HUGE = [4_097, 200_001, 2_000_000].map((n) => 'x'.repeat(n));

function nested(depth: number, asArray: boolean): unknown {
  let v: unknown = asArray ? [] : {};
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { id: v };
  return v;
}

const polluted = () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as Record<string, unknown>;

const specialLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, -1, 0.5, '', ' ', '\u0000', null, undefined, [], {}, new Date(NaN), 10n ** 30n, true),
  fc.constantFrom(...HUGE),
  fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.boolean()).map(([depth, asArray]) => nested(depth, asArray)),
  fc.constant(null).map(polluted),
);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A valid payload with one thing wrong: a field replaced, dropped or added, a polluting key, or wrapped. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(fc.anything(ANYTHING), specialLeaf);
  return fc
    .tuple(valid, fc.constantFrom('replace', 'deep', 'delete', 'add', 'proto', 'constructor', 'wrap', 'nullproto'), fc.nat(), leaf, fc.string())
    .map(([v, op, n, value, extraKey]) => {
      if (!isRecord(v)) return op === 'wrap' ? [v] : value;
      const o: Record<string, unknown> = { ...v };
      const keys = Object.keys(o);
      const k = keys.length > 0 ? (keys[n % keys.length] as string) : 'x';
      switch (op) {
        case 'replace':
          o[k] = value;
          break;
        case 'deep':
          o[k] = isRecord(o[k]) ? { ...o[k], [extraKey || 'x']: value } : [o[k], value];
          break;
        case 'delete':
          Reflect.deleteProperty(o, k);
          break;
        case 'add':
          o[extraKey || 'extra'] = value;
          break;
        case 'proto':
          Object.defineProperty(o, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
          break;
        case 'constructor':
          Reflect.set(o, 'constructor', { prototype: { polluted: true } });
          break;
        case 'wrap':
          return [o];
        case 'nullproto':
          return Object.assign(Object.create(null) as object, o);
      }
      return o;
    });
}

const hostileArb = (method: NotebookMethod): fc.Arbitrary<unknown> => {
  const valid = validArb(schemas[method]);
  return fc.oneof(
    { arbitrary: fc.anything(ANYTHING), weight: 3 },
    { arbitrary: mutated(valid), weight: 4 },
    { arbitrary: specialLeaf, weight: 1 },
    // Some valid ones too: they must get through, as parsed.
    { arbitrary: valid, weight: 2 },
  );
};

// ---- checks ----------------------------------------------------------------------------------------

async function bounded<T>(run: () => Promise<T>, ms: number, what: string): Promise<T> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    const value = await Promise.race([run(), timeout]);
    // A synchronous stall would not let the timer fire; measure it too.
    assert.ok(performance.now() - started < ms, `${what} took ${Math.round(performance.now() - started)} ms`);
    return value;
  } finally {
    clearTimeout(timer);
  }
}

/** The reply is an envelope, and it survives the structured clone that carries it back over IPC. */
function assertEnvelope(r: Result<unknown>, what: string): void {
  assert.ok(isRecord(r), `${what}: not an object`);
  structuredClone(r);
  if (r.ok) {
    assert.deepEqual(Object.keys(r).sort(), ['ok', 'value'], what);
    return;
  }
  assert.deepEqual(Object.keys(r).sort(), ['error', 'ok'], what);
  assert.equal(r.ok, false, what);
  assert.deepEqual(Object.keys(r.error).sort(), ['code', 'message'], what);
  assert.ok((ERROR_CODES as readonly string[]).includes(r.error.code), `${what}: code ${r.error.code}`);
  assert.equal(typeof r.error.message, 'string', what);
  assert.ok(r.error.message.length > 0, `${what}: empty message`);
}

/**
 * No object in the value has a prototype other than Object's or Array's, an own __proto__ key, or a
 * field set to undefined (an optional field sent as undefined is passed on as left out).
 */
function assertPlain(value: unknown, what: string, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 20) return;
  const proto = Object.getPrototypeOf(value) as unknown;
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${what}: an input object with a foreign prototype reached the notebook`);
  assert.ok(!Object.prototype.hasOwnProperty.call(value, '__proto__'), `${what}: a __proto__ key reached the notebook`);
  if (proto === Object.prototype) assert.ok(!Object.values(value).includes(undefined), `${what}: a field set to undefined reached the notebook`);
  for (const v of Object.values(value)) assertPlain(v, what, depth + 1);
}

/** What the schema made of a payload, less fields set to undefined. */
function parsedAsPassedOn(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, parsedAsPassedOn(v)]])));
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

/** A stand-in notebook: every method records its input and answers with a fixed, cloneable value. */
function recordingApi() {
  const calls: { method: string; input: unknown }[] = [];
  const api = Object.fromEntries(
    NOTEBOOK_METHODS.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        return { answered: method };
      },
    ]),
  ) as unknown as NotebookApi;
  return { api, calls };
}

// ---- properties ------------------------------------------------------------------------------------

/** fc.assert, with the failed assertion's own message in the report (node:test shows only the top one). */
async function holds(label: string, run: Promise<void>): Promise<void> {
  try {
    await run;
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    throw new Error(`${label}: ${(e as Error).message}\n${cause instanceof Error ? cause.message : String(cause ?? '')}`);
  }
}

test(`every channel answers ${HOSTILE_RUNS} hostile payloads with an envelope; only what its schema accepts gets through`, { timeout: 600_000 }, async () => {
  const { api, calls } = recordingApi();
  const handlers = createIpcHandlers({ getApi: async () => api, isTrusted: () => true });
  const before = prototypeKeys();
  const tally = { rejected: 0, accepted: 0 };
  for (const method of NOTEBOOK_METHODS) {
    const handler = handlers[method] as IpcHandler;
    const schema = schemas[method];
    await holds(method, fc.assert(
      fc.asyncProperty(hostileArb(method), async (payload) => {
        calls.length = 0;
        const expected = schema.safeParse(payload);
        const r = await bounded(() => handler(trusted, payload), FAKE_BOUND_MS, method);
        assertEnvelope(r, method);
        if (expected.success) {
          assert.deepEqual(r, { ok: true, value: { answered: method } }, `${method}: a valid payload was refused`);
          assert.equal(calls.length, 1);
          assert.deepEqual(calls[0], { method, input: parsedAsPassedOn(expected.data) }, `${method}: the notebook saw something other than the parsed payload`);
          assertPlain(calls[0]?.input, method);
          tally.accepted += 1;
        } else {
          assert.equal(r.ok, false);
          assert.equal(!r.ok && r.error.code, 'INVALID_INPUT', `${method}: ${!r.ok && r.error.message}`);
          assert.ok(!r.ok && r.error.message.startsWith(`${method}: `) && r.error.message.length <= 300, `${method}: message ${!r.ok && r.error.message}`);
          assert.equal(calls.length, 0, `${method}: an invalid payload reached the notebook`);
          tally.rejected += 1;
        }
        assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
      }),
      { numRuns: HOSTILE_RUNS },
    ));
  }
  assert.deepEqual(prototypeKeys(), before);
  console.log(`[ipc property] ${NOTEBOOK_METHODS.length} channels × ${HOSTILE_RUNS} payloads: ${tally.rejected} refused, ${tally.accepted} valid and passed on as parsed`);
});

test('an unknown method name, whatever it is, is refused without touching the notebook', async () => {
  const { api, calls } = recordingApi();
  const name = fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'notebook:status', 'status ', 'Status', 'then'),
    fc.anything(ANYTHING),
  );
  await fc.assert(
    fc.asyncProperty(name.filter((m) => !isNotebookMethod(m)), fc.anything(ANYTHING), async (method, payload) => {
      const r = await bounded(() => dispatch(api, method, payload), FAKE_BOUND_MS, 'an unknown method');
      assertEnvelope(r, 'unknown method');
      assert.equal(!r.ok && r.error.code, 'INVALID_INPUT');
      assert.ok(!r.ok && r.error.message.length <= 120);
      assert.equal(calls.length, 0);
    }),
    { numRuns: 2_000 },
  );
});

test('a sender the trust check refuses gets FORBIDDEN on every channel, whatever the payload', async () => {
  const { api, calls } = recordingApi();
  let trust = false;
  const handlers = createIpcHandlers({ getApi: async () => api, isTrusted: () => trust });
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...NOTEBOOK_METHODS), fc.boolean(), fc.anything(ANYTHING), async (method, trusted_, payload) => {
      trust = trusted_;
      calls.length = 0;
      const r = await bounded(() => (handlers[method] as IpcHandler)(null, payload), FAKE_BOUND_MS, method);
      assertEnvelope(r, method);
      if (!trusted_) {
        assert.equal(!r.ok && r.error.code, 'FORBIDDEN');
        assert.equal(calls.length, 0);
      }
    }),
    { numRuns: 2_000 },
  );
});

test(`over the real notebook, ${REAL_RUNS} valid payloads per channel give envelopes, never an internal error`, { timeout: 600_000 }, async () => {
  const exportDir = mkdtempSync(join(tmpdir(), 'dossier-exports-'));
  const nb = await openTestNotebook({
    ports: {
      pickSavePath: async (name) => join(exportDir, name),
      showInFolder: async () => undefined,
      pickStyleFile: async () => null,
      pdfPrinter: { print: async () => new TextEncoder().encode('%PDF-1.4 stand-in'), close: async () => undefined },
    },
  });
  const handlers = createIpcHandlers({ getApi: async () => nb, isTrusted: () => true });
  const call = async (method: NotebookMethod, payload: unknown) => {
    const r = await (handlers[method] as IpcHandler)(trusted, payload);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  try {
    // Something to point at: tags, briefings with each kind of item, a written export.
    const sources = ((await call('listSources', { limit: 50 })) as { items: { id: string }[] }).items.map((s) => s.id);
    const paragraphs = (await Promise.all(sources.map((id) => call('getSource', { id })))).flatMap((s) => (s as { paragraphs: { id: string }[] }).paragraphs.map((p) => p.id));
    for (const name of ['Energy', 'Defence', 'Diplomacy']) await call('createTag', { name });
    for (const title of ['One', 'Two']) {
      const b = (await call('createBriefing', { title })) as { id: string };
      await call('addQuote', { briefingId: b.id, paragraphId: paragraphs[3], comment: 'Why' });
      await call('addHeading', { briefingId: b.id, text: 'Heading' });
      await call('addText', { briefingId: b.id, markdown: '**Text**' });
      await call('exportBriefing', { briefingId: b.id, format: 'md' });
    }
    const refresh = async (): Promise<Pool> => {
      const tags = ((await call('listTags', undefined)) as { id: string; name: string }[]) ?? [];
      const briefings = ((await call('listBriefings', undefined)) as { id: string }[]) ?? [];
      const items = (await Promise.all(briefings.map((b) => call('getBriefing', { id: b.id })))).flatMap((b) => (b as { items: { id: string }[] }).items.map((i) => i.id));
      const claims = ((await call('listClaims', { limit: 20 })) as { items: { id: string }[] }).items.map((c) => c.id);
      const styles = ((await call('listStyles', undefined)) as { id: string }[]).map((s) => s.id);
      const backups = ((await call('listBackups', undefined)) as { name: string }[]).map((b) => b.name);
      const tagIds = tags.map((t) => t.id);
      return {
        id: [...sources, ...tagIds, ...briefings.map((b) => b.id)],
        sourceId: sources,
        paragraphId: paragraphs,
        a: paragraphs,
        b: paragraphs,
        tagId: tagIds,
        fromId: tagIds,
        intoId: tagIds,
        parentId: tagIds,
        briefingId: briefings.map((b) => b.id),
        itemId: items,
        claimId: claims,
        style: styles,
        defaultStyle: styles,
        name: [...tags.map((t) => t.name), ...backups],
      };
    };
    const codes = new Map<string, number>();
    for (const method of NOTEBOOK_METHODS) {
      const schema = schemas[method];
      const pool = await refresh();
      await holds(method, fc.assert(
        fc.asyncProperty(
          validArb(schema, pool).filter((v) => schema.safeParse(v).success),
          async (payload) => {
            const r = await bounded(() => (handlers[method] as IpcHandler)(trusted, payload), REAL_BOUND_MS, method);
            assertEnvelope(r, method);
            const code = r.ok ? 'ok' : r.error.code;
            codes.set(code, (codes.get(code) ?? 0) + 1);
            assert.notEqual(code, 'INTERNAL', `${method}: ${!r.ok && r.error.message} ← ${JSON.stringify(payload)?.slice(0, 300)}`);
          },
        ),
        { numRuns: REAL_RUNS, endOnFailure: true },
      ));
    }
    console.log(`[ipc property] real notebook, ${NOTEBOOK_METHODS.length} channels × ${REAL_RUNS} valid payloads: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  } finally {
    await nb.close();
  }
});
