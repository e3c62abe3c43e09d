/** An input quire cannot read as a manuscript. The message names the file and what to do. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}


/** A mistake in how quire was called: reported with exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A `quire.yaml` that cannot be used. The message is `file:line: what is wrong`; the CLI exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A `--renderer` module that cannot be used: the CLI reports it as a usage error (exit 2). */
export class RendererLoadError extends Error {
  override name = 'RendererLoadError';
}
