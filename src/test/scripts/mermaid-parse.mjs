// One-off check of Envol's Mermaid output with the real Mermaid parser (no rendering); not part
// of the Maven build. Usage (Node 20):
//   (mkdir -p /tmp/mmd && cd /tmp/mmd && npm install mermaid jsdom)
//   cp src/test/scripts/mermaid-parse.mjs /tmp/mmd/parse.mjs
//   mvn -o -q test -Dtest=MermaidExporterTest        # writes target/preview/hostile.mmd
//   node /tmp/mmd/parse.mjs src/test/resources/dev/envol/exports/*.mmd target/preview/hostile.mmd
// Prints node, edge and subgraph counts per file; exits 1 when a file does not parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    const r = await mermaid.parse(text);
    const d = await mermaid.mermaidAPI.getDiagramFromText(text);
    const v = d.db.getVertices(); const vs = v instanceof Map ? [...v.values()] : Object.values(v);
    console.log('OK', file, r.diagramType, 'nodes', vs.length, 'edges', d.db.getEdges().length,
      'subgraphs', d.db.getSubGraphs().length, 'labels', JSON.stringify(vs.map(x => x.text).slice(0, 3)));
  } catch (e) {
    failed++;
    console.log('FAIL', file, String(e.message || e).split('\n').slice(0, 4).join(' | '));
  }
}
// negative controls: known-bad diagrams must fail, or the check proves nothing
for (const bad of ['flowchart LR\n  end["x"] --> b', 'flowchart LR\n  a[x (y) z]']) {
  try { await mermaid.parse(bad); console.log('CONTROL parsed (unexpected):', JSON.stringify(bad)); }
  catch (e) { console.log('CONTROL rejected:', JSON.stringify(bad), '-', String(e.message).split('\n')[0].slice(0, 60)); }
}
process.exit(failed ? 1 : 0);
