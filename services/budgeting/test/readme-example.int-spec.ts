import fs from 'node:fs';
import path from 'node:path';
import { testInfrastructure } from '@sinergi/testing';
import ts from 'typescript';
import { DataSource } from 'typeorm';

/*
 * The README's "Adding an event consumer" example, taken from README.md as written: its migration,
 * handler and test blocks are written to a scratch copy of the service's layout, registered the way
 * the README says (handler in a module's providers, migration at the end of the list), type-checked
 * with the service's compiler options, and the README's test runs here against the real service.
 * An edit that breaks the example fails this file.
 */

const ROOT = path.resolve(__dirname, '../../..');
const SERVICE = path.resolve(__dirname, '..');

/** The ```ts blocks of the README section, each starting with a comment naming its file. */
function readmeExample(): Map<string, string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Adding an event consumer\n'));
  if (!section) throw new Error('README.md has no section "Adding an event consumer"');
  const files = new Map<string, string>();
  for (const [, code] of section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const file = /^\/\/ services\/budgeting\/(\S+\.ts)\n/.exec(code)?.[1];
    if (!file) throw new Error(`a README example block does not start with its file name:\n${code}`);
    files.set(file, code);
  }
  return files;
}

const example = readmeExample();
const readmeFiles = [...example.keys()];
const scratch = fs.mkdtempSync(path.join(SERVICE, '.readme-example-'));
const migrationFile = [...example.keys()].find((f) => f.startsWith('src/migrations/'));
const handlerFile = [...example.keys()].find((f) => f.endsWith('.handlers.ts'));
const testFile = [...example.keys()].find((f) => f.startsWith('test/'));

describe('the README example of an event consumer', () => {
  // The example's own `down` takes its table out again, so the schema is the service's for the
  // test files that run after this one.
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { budgetingService } = require(
      path.join(scratch, 'src/service'),
    ) as typeof import('../src/service');
    const dataSource = await new DataSource({
      type: 'postgres',
      url: testInfrastructure().migrationDatabaseUrlOf('budgeting'),
      schema: 'budgeting',
      migrationsTableName: 'typeorm_migrations',
      migrations: budgetingService.migrations,
      extra: { options: '-c search_path=budgeting' },
    }).initialize();
    try {
      const [last] = await dataSource.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`);
      if (last?.name === migrationClass) await dataSource.undoLastMigration({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('has a migration, a handler and a test block', () => {
    expect(readmeFiles).toEqual([migrationFile, handlerFile, testFile]);
  });

  // Registration as the README describes it, against the real service definition.
  const migrationClass = /export class (\w+) implements MigrationInterface/.exec(
    example.get(migrationFile!)!,
  )?.[1];
  const handlerClass = /export class (\w+) \{/.exec(example.get(handlerFile!)!)?.[1];
  const relative = (file: string) => `./${file.replace(/^src\//, '').replace(/\.ts$/, '')}`;
  const real = path.relative(path.join(scratch, 'src'), path.join(SERVICE, 'src'));
  example.set(
    'src/service.ts',
    `import { Module } from '@nestjs/common';
import type { InternalServiceEnv, ServiceDefinition } from '@sinergi/platform';
import { budgetingService as real } from '${real}/service';
import { ${handlerClass} } from '${relative(handlerFile!)}';
import { ${migrationClass} } from '${relative(migrationFile!)}';

@Module({ providers: [${handlerClass}] })
class ReadmeExampleModule {}

export const budgetingService: ServiceDefinition<InternalServiceEnv> = {
  ...real,
  imports: (env) => [...real.imports(env), ReadmeExampleModule],
  migrations: [...real.migrations, ${migrationClass}],
};
`,
  );
  for (const [file, code] of example) {
    fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    fs.writeFileSync(path.join(scratch, file), code);
  }

  it('type-checks with the service’s compiler options', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(SERVICE, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const files = [...example.keys()].map((f) => path.join(scratch, f));
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const problems = files
      .flatMap((f) => ts.getPreEmitDiagnostics(program, program.getSourceFile(f)))
      .map((d) =>
        ts.formatDiagnostic(d, { ...ts.sys, getCanonicalFileName: (f) => f, getNewLine: () => '\n' }),
      );
    expect(problems).toEqual([]);
  }, 120_000);

  // The README's own test, run as written (its `describe` joins this file's).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(scratch, testFile!));
});
