// The baseline of bench/extraction-throughput.sh: Mozilla Readability on jsdom over every page of
// a folder (*.html or *.html.gz), as the article-extraction benchmark runs it, writing the
// predictions score_extraction.py reads ({id: {"articleBody": text}}) to standard output. A whole
// process, start-up and output included, so that it is timed as `vigil analyze` is.
//   node readability-extract.mjs FOLDER [GROUND_TRUTH.json] > predictions.json
// With the ground truth, each page is parsed with its URL (relative links resolve as in a browser).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [folder, truthPath] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node readability-extract.mjs FOLDER [GROUND_TRUTH.json]');
  process.exit(2);
}
const truth = truthPath ? JSON.parse(readFileSync(truthPath, 'utf8')) : {};
const quiet = new VirtualConsole();   // pages' own CSS and script errors are not ours to print

const BLOCK_END = /<\/(?:p|div|h[1-6]|li|dd|dt|tr|td|th|blockquote|pre|section|article|header|footer|figcaption|table|ul|ol)>|<br\s*\/?>/gi;

const predictions = {};
for (const name of readdirSync(folder).sort()) {
  if (!/\.html?(\.gz)?$/.test(name)) continue;
  const id = name.replace(/\.html?(\.gz)?$/, '');
  let bytes = readFileSync(join(folder, name));
  if (name.endsWith('.gz')) bytes = gunzipSync(bytes);
  let body = '';
  try {
    const dom = new JSDOM(bytes, { url: truth[id]?.url ?? 'https://example.invalid/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    // textContent runs the last word of one paragraph into the first of the next; the benchmark's
    // scorer cuts words at \w+ boundaries, so blocks are kept apart by a line break first
    body = article ? JSDOM.fragment(article.content.replace(BLOCK_END, '$&\n')).textContent : '';
    dom.window.close();
  } catch (e) {
    console.error(`readability: ${name}: ${e.message}`);
  }
  predictions[id] = { articleBody: body };
}
process.stdout.write(JSON.stringify(predictions));
