/** What the CLI needs from its surroundings, so tests can run it without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves with the file's text; rejects with a Node error (with `code`) otherwise. */
  readFile(path: string): Promise<string>;
  /** Writes a file; rejects with a Node error (with `code`) when it cannot. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** True when something exists at the path. */
  exists(path: string): Promise<boolean>;
  /** Today as `YYYY-MM-DD`. */
  today(): string;
  /** The locale from the environment (LC_ALL, LC_MESSAGES or LANG), if any. */
  locale: string | undefined;
}
