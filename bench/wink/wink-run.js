// One wink-nlp process: reads a JSON Lines corpus and runs wink's full English pipeline
// (tokens, sentences, part of speech, named entities) on every text, reading the results out
// so that nothing is left unevaluated. Prints the number of tokens and entities seen.
const fs = require("fs");
const winkNLP = require("wink-nlp");
const model = require("wink-eng-lite-web-model");

const nlp = winkNLP(model);
const its = nlp.its;
let tokens = 0, entities = 0, sentences = 0;
for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
  if (line.length === 0) continue;
  const doc = nlp.readDoc(JSON.parse(line).text);
  tokens += doc.tokens().out(its.pos).length;
  sentences += doc.sentences().out().length;
  entities += doc.entities().out(its.detail).length;
}
console.log(JSON.stringify({ tokens, sentences, entities }));
