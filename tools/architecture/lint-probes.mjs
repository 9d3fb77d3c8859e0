// Lints probe sources as if they were files inside projects, with the workspace's real ESLint
// config, in one process (one config load): reads [{ file, source }] as JSON on stdin, writes
// [[{ ruleId, message }]] as JSON on stdout. Used by module-boundaries.spec.ts (ESLint's flat
// config is ESM, which Jest's module system cannot load).
import { ESLint } from 'eslint';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint();
const results = [];
for (const { file, source } of JSON.parse(input)) {
  const [result] = await eslint.lintText(source, { filePath: file });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
