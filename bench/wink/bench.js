// Whole-process throughput of wink-nlp's full English pipeline against `sitrep extract` on the
// same texts. Each round starts both as fresh processes, alternating which goes first, so load
// from other users of the machine falls on both; medians and their ratio are printed.
//
//   npm install && node bench.js [--copies 40] [--rounds 5] [--sitrep PATH] [--extra DIR]
//
// The corpus is the demo articles in samples/ (the .txt files and wire.jsonl), each repeated
// --copies times with a distinct closing line; --extra adds every .txt file of a folder of your own.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = path.resolve(__dirname, "..", "..");
const copies = Number(arg("--copies", 40));
const rounds = Number(arg("--rounds", 5));
const sitrep = arg("--sitrep", path.join(root, "src/Sitrep.Cli/bin/Release/net10.0/sitrep"));
const extra = arg("--extra", null);

function texts() {
  const samples = path.join(root, "samples");
  const found = fs.readdirSync(samples).filter(f => f.endsWith(".txt")).sort()
    .map(f => fs.readFileSync(path.join(samples, f), "utf8"));
  for (const line of fs.readFileSync(path.join(samples, "wire.jsonl"), "utf8").split("\n"))
    if (line.trim().length > 0) found.push(JSON.parse(line).text);
  if (extra)
    for (const f of fs.readdirSync(extra).filter(f => f.endsWith(".txt")).sort())
      found.push(fs.readFileSync(path.join(extra, f), "utf8"));
  return found;
}

const corpus = path.join(os.tmpdir(), `sitrep-wink-${process.pid}.jsonl`);
const lines = [];
const base = texts();
for (let copy = 0; copy < copies; copy++)
  base.forEach((text, i) => lines.push(JSON.stringify({
    text: `${text.trimEnd()}\n\nFiled as copy ${copy + 1} of item ${i + 1}.`,
    title: `item ${i + 1} copy ${copy + 1}`,
    url: `https://example.org/bench/${i + 1}/${copy + 1}`,
    published: "2020-06-15",
  })));
fs.writeFileSync(corpus, lines.join("\n") + "\n");
const megabytes = lines.reduce((sum, l) => sum + Buffer.byteLength(JSON.parse(l).text, "utf8"), 0) / 1e6;

const commands = {
  "wink-nlp": [process.execPath, [path.join(__dirname, "wink-run.js"), corpus]],
  "sitrep extract": [sitrep, ["extract", corpus]],
};
const seconds = Object.fromEntries(Object.keys(commands).map(k => [k, []]));
function time(name) {
  const [cmd, args] = commands[name];
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`${name} exited with ${run.status}`);
  seconds[name].push(Number(process.hrtime.bigint() - start) / 1e9);
}
try {
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? Object.keys(commands) : Object.keys(commands).reverse();
    for (const name of order) time(name);
  }
} finally {
  fs.unlinkSync(corpus);
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
console.log(`corpus: ${lines.length} texts, ${megabytes.toFixed(2)} MB; ${rounds} alternating rounds, whole processes`);
for (const [name, xs] of Object.entries(seconds))
  console.log(`${name.padEnd(15)} median ${median(xs).toFixed(2)} s  ${(megabytes / median(xs)).toFixed(2)} MB/s  (runs: ${xs.map(x => x.toFixed(2)).join(" ")})`);
console.log(`sitrep / wink-nlp MB/s: ${(median(seconds["wink-nlp"]) / median(seconds["sitrep extract"])).toFixed(2)}x`);
