// Writes the manifest for a production host: every https://localhost:3000 URL of the
// development manifest becomes the given base URL. Usage:
//   node scripts/manifest-for-host.mjs https://addins.example.org/ambitiekaart [--id <guid>]
//     [--out dist/web/manifest.xml]
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DEVELOPMENT = "https://localhost:3000";
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const base = args.find((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!base || !/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(base)) {
  process.stderr.write("manifest: give the production base URL, starting with https://\n");
  process.exit(2);
}
const id = option("--id") ?? randomUUID();
if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
  process.stderr.write(`manifest: ${id} is not a GUID\n`);
  process.exit(2);
}
const out = resolve(option("--out") ?? join(root, "dist", "web", "manifest.xml"));
const origin = new URL(base).origin;
const trimmed = base.replace(/\/+$/, "");

// AppDomain takes the origin only; every other URL keeps its path below the base URL.
const manifest = readFileSync(join(root, "manifest.xml"), "utf8")
  .replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`)
  .replace(`<AppDomain>${DEVELOPMENT}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
  .replaceAll(DEVELOPMENT, trimmed);
if (manifest.includes("localhost")) {
  process.stderr.write("manifest: a localhost URL is left in the manifest\n");
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, manifest);
process.stdout.write(`${out}: manifest for ${trimmed} (Id ${id})\n`);
