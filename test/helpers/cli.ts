import { access, readFile, writeFile } from "node:fs/promises";
import { isAbsolute } from "node:path";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/run-cli";
import { ROOT } from "./projects";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

const at = (path: string) => (isAbsolute(path) ? path : join(ROOT, path));

/** Runs the CLI in this process, with files relative to the repository root. */
export async function cli(args: string[], locale = "en_GB.UTF-8"): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => readFile(at(path), "utf8"),
    writeFile: (path, data) => writeFile(at(path), data),
    exists: (path) =>
      access(at(path)).then(
        () => true,
        () => false,
      ),
    today: () => "2026-12-03",
    locale,
  };
  const status = await runCli(args, io);
  return { status, stdout, stderr };
}
