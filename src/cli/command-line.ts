import yargs, { type Argv } from 'yargs';
import { UsageError } from '../errors.js';
import { QUIRE_VERSION } from '../version.js';
import { closest } from './closest.js';
import { COMMANDS, type CommandSpec } from './commands.js';
import type { Io } from './io.js';

/** What the command line asks for: a command to run, or nothing more (help, version, completion were printed). */
export type Call = { spec: CommandSpec; argv: Record<string, unknown> } | null;

function define(cli: Argv, spec: CommandSpec, chosen: (call: Call) => void): Argv {
  return cli.command(
    `${spec.name}${spec.args ? ` ${spec.args}` : ''}`,
    spec.describe,
    (y) => {
      for (const [name, p] of Object.entries(spec.positionals)) y.positional(name, p);
      y.options(spec.options);
      for (const [command, description] of spec.examples) y.example(command, description);
      return y;
    },
    // The command runs after parsing, outside yargs: its failures reach main's error boundary, never `.fail()`.
    (argv) => chosen({ spec, argv: argv as Record<string, unknown> }),
  );
}

const flag = (name: string): string => (name.length === 1 ? `-${name}` : `--${name}`);

/** A usage message made specific: the option or command meant, when a near one exists. */
function explain(message: string, args: readonly string[]): string {
  const command = COMMANDS.find((c) => args.includes(c.name));
  const help = `run \`quire${command ? ` ${command.name}` : ''} --help\` for usage`;
  const meant = /^Did you mean (\S+)\?$/.exec(message);
  if (meant) return `unknown command "${args.find((a) => !a.startsWith('-'))}"; did you mean \`quire ${meant[1]}\`? (${help})`;
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const names = unknown[1]!.split(', ');
    const options = [...Object.entries(command?.options ?? {}).flatMap(([name, o]) => [name, ...[o.alias ?? []].flat()]), 'help', 'version'];
    const parts = names.map((name) => {
      const dashed = args.find((a) => a.replace(/^-+/, '').split('=')[0] === name && a.startsWith('-'));
      if (dashed === undefined) return command ? `unexpected argument "${name}"` : `unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(', ')}, completion`;
      const near = closest(name, options);
      return `unknown option ${dashed.split('=')[0]}${near ? `; did you mean ${flag(near)}?` : ''}`;
    });
    return `${parts.join('; ')} (${help})`;
  }
  if (/^Not enough non-option arguments/.test(message) && command) return `name the ${Object.keys(command.positionals).join(' and ')}: quire ${command.name} ${command.args} (${help})`;
  const valueless = /^Not enough arguments following: (\S+)$/.exec(message);
  if (valueless) return `${flag(valueless[1]!)} needs a value (${help})`;
  const choice = /Argument: (\S+), Given: (.+), Choices: (.+)$/.exec(message);
  if (choice) return `${flag(choice[1]!)} must be one of ${choice[3]!.replaceAll('"', '')}, not ${choice[2]} (${help})`;
  return `${message.replace(/^./, (c) => c.toLowerCase())} (${help})`;
}

/**
 * Parses the command line with yargs (strict: unknown commands and options
 * are errors). Help, version and the completion script are written to
 * `io.out`; a mistake in the arguments is thrown as a `UsageError`.
 */
export async function parseCommandLine(args: readonly string[], io: Io): Promise<Call> {
  let call: Call = null;
  let cli = yargs()
    .scriptName('quire')
    .usage('$0 <command> [options]\n\nBind plain-text stories into books.')
    .version('version', "print quire's version", QUIRE_VERSION)
    .alias('version', 'V')
    .help('help', 'show this help')
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .locale('en')
    .detectLocale(false)
    .strict()
    .recommendCommands()
    .demandCommand(1, 'name a command: inspect, build, normalize, init, formats or completion')
    .completion('completion', 'Print a bash/zsh completion script: quire completion >> ~/.bashrc')
    .parserConfiguration({ 'strip-dashed': true, 'strip-aliased': true })
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(explain(message ?? error?.message ?? 'cannot read the command line', args));
    });
  for (const spec of COMMANDS) cli = define(cli, spec, (c) => (call = c));
  let printed = '';
  // A parse callback makes yargs hand its help and version text back instead of printing it.
  await cli.parseAsync([...args], {}, (_error, _argv, output) => {
    printed = output;
  });
  if (printed) io.out(`${printed}\n`);
  return call;
}
