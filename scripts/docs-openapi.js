// `npm run docs:openapi`: writes the public OpenAPI document (docs/openapi.json) from the services'
// controllers, DTOs and response classes merged with the gateway's route table, and the typed
// client's schema (libs/client/src/schema.ts) generated from it. `-- --check` (run in CI) fails
// when either file is not current or when Redocly's linter reports an error.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, writeOrCheck } = require('./generated-files');

require('../libs/testing/register-ts');
const { describeService } = require('../libs/platform/src');
const gatewayDocs = require('../services/gateway/src/openapi/openapi-document.ts');

const DOCUMENT = path.join(ROOT, 'docs/openapi.json');
const CLIENT_SCHEMA = path.join(ROOT, 'libs/client/src/schema.ts');

/** Every service's definition (`services/<name>/src/service.ts` exports one). */
function serviceDefinitions() {
  return fs
    .readdirSync(path.join(ROOT, 'services'))
    .filter((dir) => fs.existsSync(path.join(ROOT, 'services', dir, 'src/service.ts')))
    .map((dir) => {
      const exported = require(path.join(ROOT, 'services', dir, 'src/service.ts'));
      return Object.values(exported).find((value) => value && value.name && value.imports && value.envClass);
    })
    .filter(Boolean);
}

async function clientSchema(document) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document, { alphabetize: true });
  return `// Generated from docs/openapi.json by \`npm run docs:openapi\`; do not edit.\n\n${astToString(ast)}`;
}

async function main() {
  const documents = {};
  let version;
  for (const definition of serviceDefinitions()) {
    documents[definition.name] = await describeService(definition);
    if (definition.name === 'gateway') version = definition.version;
  }
  const document = gatewayDocs.mergeOpenApiDocuments(documents, version);
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const prettier = await import('prettier');
  const format = async (text, filepath) =>
    prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
  writeOrCheck(
    {
      [DOCUMENT]: await format(json, DOCUMENT),
      [CLIENT_SCHEMA]: await format(await clientSchema(document), CLIENT_SCHEMA),
    },
    { what: 'OpenAPI document and client schema are', command: 'npm run docs:openapi' },
  );
  if (process.argv.includes('--check')) {
    execFileSync(process.execPath, [require.resolve('@redocly/cli/bin/cli.js'), 'lint', DOCUMENT], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  console.log(`${gatewayDocs.operationCount(document)} operations`);
  process.exit(0);
}

main().catch((error) => {
  console.error(`docs:openapi: ${error.stack}`);
  process.exit(1);
});
