// The baseline of bench/analyze-throughput.sh: compromise's people, places and organisations pass
// over every file of a folder, one JSON line per article written to standard output, so that it is
// timed as Vigil is (process start-up, reading, analysis and output).
//   node compromise-entities.mjs FOLDER > out.jsonl
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const root = process.argv[2];
if (!root) {
  console.error('usage: node compromise-entities.mjs FOLDER');
  process.exit(2);
}

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const out = [];
let pending = 0;
for (const path of files(root)) {
  const doc = nlp(readFileSync(path, 'utf8'));
  out.push(JSON.stringify({
    id: path,
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
  }));
  if (++pending === 64) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; pending = 0; }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
