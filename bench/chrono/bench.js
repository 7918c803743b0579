// Times chrono-node on the sentences TimeAnnotatorBenchmarks uses: the corpus is the file's
// lines joined by newlines, repeated REPEAT times, parsed against the same reference date.
const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");

const REPEAT = 20;
const lines = fs.readFileSync(path.join(__dirname, "sentences.txt"), "utf8").split("\n").filter(l => l.length > 0);
const text = Array(REPEAT).fill(lines.join("\n")).join("\n");
const reference = new Date(Date.UTC(2019, 6, 30));
const bytes = Buffer.byteLength(text, "utf8");

for (let i = 0; i < 5; i++) chrono.parse(text, reference); // warm up the JIT

const runs = 20;
let found = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < runs; i++) found = chrono.parse(text, reference).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9 / runs;

console.log(`chrono-node ${JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules/chrono-node/package.json"), "utf8")).version}: ${bytes} bytes, ${found} expressions per pass`);
console.log(`mean ${(seconds * 1000).toFixed(2)} ms per pass, ${(found / seconds).toFixed(0)} expressions/s, ${(bytes / seconds / 1e6).toFixed(2)} MB/s`);
