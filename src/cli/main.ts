import { access, readFile, writeFile } from "node:fs/promises";
import { todayIso } from "../core/util/dates";
import { runCli } from "./run-cli";

// The one place that touches the process: arguments, streams, files, clock and locale.
const env = process.env;
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, data) => writeFile(path, data),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  today: () => todayIso(),
  locale: env.LC_ALL || env.LC_MESSAGES || env.LANG,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // Reaching this is a fault in the CLI itself; still one line, never a stack trace.
    process.stderr.write(`ambitiekaart: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
