/**
 * Stateful sequences, following the spec's `links`: mkdir -> get/list; put -> get -> rename ->
 * old gone, new there; move/copy -> both sides; remove -> get is "object not found". Each run
 * works in its own folder inside the sandbox; fast-check shrinks a failing sequence.
 */
import fc from "fast-check";
import type { FlowContext } from "../flows/context.js";
import { expectGone, expectPresent } from "../flows/state.js";
import { fileName } from "./arbitraries.js";

interface Model {
  files: Map<string, number>;
  folders: Set<string>;
}

interface Real {
  ctx: FlowContext;
  dir: string;
  quiet: boolean;
}

type Command = fc.AsyncCommand<Model, Real, boolean>;

const taken = (m: Model, name: string) => m.files.has(name) || m.folders.has(name);
const pick = <T>(items: T[], index: number): T | undefined => items[index % Math.max(1, items.length)];

async function expectOk(r: Real, op: string, body: unknown, label: string): Promise<void> {
  const { failures, exchange } = await r.ctx.session.call(op, { label, intent: "positive", body, quiet: r.quiet });
  if (failures.length > 0)
    throw new Error(`${op} ${exchange.request.path}: ${failures[0]?.check}: ${failures[0]?.actual}`);
}

function must(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

class Mkdir implements Command {
  constructor(readonly name: string) {}
  check = (m: Readonly<Model>) => !taken(m as Model, this.name);
  async run(m: Model, r: Real) {
    await expectOk(r, "fsMkdir", { path: `${r.dir}/${this.name}` }, "fuzz mkdir");
    must(
      await expectPresent(r.ctx, "fsMkdir", `${r.dir}/${this.name}`, { quiet: r.quiet }),
      `mkdir ${this.name}: not there`,
    );
    m.folders.add(this.name);
  }
  toString = () => `mkdir(${JSON.stringify(this.name)})`;
}

class Put implements Command {
  constructor(
    readonly name: string,
    readonly content: string,
  ) {}
  check = (m: Readonly<Model>) => !taken(m as Model, this.name);
  async run(m: Model, r: Real) {
    const path = `${r.dir}/${this.name}`;
    const { failures } = await r.ctx.session.call("fsPut", {
      label: "fuzz put",
      intent: "positive",
      headers: { "File-Path": encodeURIComponent(path), "Content-Type": "application/octet-stream" },
      rawBody: this.content,
      quiet: r.quiet,
    });
    must(failures.length === 0, `put ${this.name}: ${failures[0]?.check}: ${failures[0]?.actual}`);
    const size = Buffer.byteLength(this.content);
    must(
      await expectPresent(r.ctx, "fsPut", path, { size, quiet: r.quiet }),
      `put ${this.name}: not there with size ${size}`,
    );
    m.files.set(this.name, size);
  }
  toString = () => `put(${JSON.stringify(this.name)}, ${Buffer.byteLength(this.content)} bytes)`;
}

class Rename implements Command {
  constructor(
    readonly index: number,
    readonly to: string,
  ) {}
  check = (m: Readonly<Model>) => m.files.size > 0 && !taken(m as Model, this.to);
  async run(m: Model, r: Real) {
    const from = pick([...m.files.keys()], this.index) as string;
    await expectOk(r, "fsRename", { path: `${r.dir}/${from}`, name: this.to }, "fuzz rename");
    must(await expectGone(r.ctx, "fsRename", `${r.dir}/${from}`, { quiet: r.quiet }), `rename: ${from} still there`);
    must(
      await expectPresent(r.ctx, "fsRename", `${r.dir}/${this.to}`, { quiet: r.quiet }),
      `rename: ${this.to} not there`,
    );
    m.files.set(this.to, m.files.get(from) ?? 0);
    m.files.delete(from);
  }
  toString = () => `rename(#${this.index} -> ${JSON.stringify(this.to)})`;
}

class Transfer implements Command {
  constructor(
    readonly op: "fsMove" | "fsCopy",
    readonly file: number,
    readonly folder: number,
  ) {}
  check = (m: Readonly<Model>) => m.files.size > 0 && m.folders.size > 0;
  async run(m: Model, r: Real) {
    const name = pick([...m.files.keys()], this.file) as string;
    const folder = pick([...m.folders], this.folder) as string;
    await expectOk(
      r,
      this.op,
      { src_dir: r.dir, dst_dir: `${r.dir}/${folder}`, names: [name], overwrite: true },
      `fuzz ${this.op}`,
    );
    const target = `${r.dir}/${folder}/${name}`;
    must(
      await expectPresent(r.ctx, this.op, target, { quiet: r.quiet, attempts: 5 }),
      `${this.op}: ${target} not there`,
    );
    const source = `${r.dir}/${name}`;
    if (this.op === "fsMove") {
      must(await expectGone(r.ctx, this.op, source, { quiet: r.quiet }), `move: ${source} still there`);
      m.files.delete(name);
    } else {
      must(await expectPresent(r.ctx, this.op, source, { quiet: r.quiet }), `copy: ${source} gone`);
    }
  }
  toString = () => `${this.op === "fsMove" ? "move" : "copy"}(#${this.file} -> folder #${this.folder})`;
}

class Remove implements Command {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.files.size > 0;
  async run(m: Model, r: Real) {
    const name = pick([...m.files.keys()], this.index) as string;
    await expectOk(r, "fsRemove", { dir: r.dir, names: [name] }, "fuzz remove");
    must(await expectGone(r.ctx, "fsRemove", `${r.dir}/${name}`, { quiet: r.quiet }), `remove: ${name} still there`);
    m.files.delete(name);
  }
  toString = () => `remove(#${this.index})`;
}

export const commands = fc.commands(
  [
    fileName.map((name) => new Mkdir(name)),
    fc.tuple(fileName, fc.string({ maxLength: 64 })).map(([name, content]) => new Put(name, content)),
    fc.tuple(fc.nat(), fileName).map(([index, to]) => new Rename(index, to)),
    fc
      .tuple(fc.constantFrom("fsMove" as const, "fsCopy" as const), fc.nat(), fc.nat())
      .map(([op, f, d]) => new Transfer(op, f, d)),
    fc.nat().map((index) => new Remove(index)),
  ],
  { maxCommands: 6 },
);

export function statefulProperty(ctx: FlowContext, base: string, quiet: { value: boolean }) {
  let run = 0;
  return fc.asyncProperty(commands, async (sequence) => {
    run += 1;
    const dir = `${base}/seq-${run}`;
    const made = await ctx.session.call("fsMkdir", {
      label: "fuzz: a folder for the sequence",
      intent: "positive",
      body: { path: dir },
      quiet: quiet.value,
    });
    if (made.failures.length > 0) throw new Error(`mkdir ${dir}: ${made.failures[0]?.actual}`);
    await fc.asyncModelRun(
      () => ({
        model: { files: new Map<string, number>(), folders: new Set<string>() },
        real: { ctx, dir, quiet: quiet.value },
      }),
      sequence,
    );
  });
}
