// Checks manifest.xml offline: Microsoft's XML schemas through xmllint, then what the
// schemas cannot see (https everywhere, resource id length, icon files and their sizes),
// then `office-addin-manifest info`, which parses it as Office tooling does.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = resolve(root, process.argv[2] ?? "manifest.xml");
const schemas = resolve(process.env.MANIFEST_SCHEMAS ?? join(root, "schemas", "office-manifest"));
const failures = [];

checkSchema();
const manifest = readFileSync(manifestPath, "utf8");
checkUrls(manifest);
checkResourceIds(manifest);
checkIcons(manifest);
checkWithOfficeTooling();

if (failures.length > 0) {
  process.stderr.write(failures.map((line) => `manifest: ${line}\n`).join(""));
  process.exit(1);
}
process.stdout.write(`${manifestPath}: valid against the schemas and the add-in's own rules.\n`);

function checkSchema() {
  const main = join(schemas, "OfficeAppManifestV1_1.xsd");
  if (!existsSync(main)) {
    fail(`the schemas are not in ${schemas}; set MANIFEST_SCHEMAS to their folder.`);
    finish();
  }
  const which = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (which.error) {
    fail("xmllint is not installed: apt-get install -y libxml2-utils");
    finish();
  }
  const result = spawnSync("xmllint", ["--noout", "--schema", main, manifestPath], {
    encoding: "utf8",
  });
  if (result.status !== 0) fail(`does not follow Microsoft's schema:\n${result.stderr.trim()}`);
}

function checkUrls(text) {
  for (const [, url] of text.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)) {
    if (!url.startsWith("https://")) fail(`${url} is not https; Office loads only https.`);
  }
  for (const [, url] of text.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) {
    if (!url.startsWith("https://")) fail(`app domain ${url} is not https.`);
  }
}

// Office refuses resource ids longer than 32 characters, which the schema allows.
function checkResourceIds(text) {
  for (const [, id] of text.matchAll(/\b(?:id|resid)="([^"]*)"/g)) {
    if (id.length > 32) fail(`resource id ${id} is longer than 32 characters.`);
  }
}

// Every icon must be a file in assets/ of the size Office shows it at: IconUrl 32 px,
// HighResolutionIconUrl 64 px, and each ribbon image the size its `size` attribute says.
function checkIcons(text) {
  const urls = new Map(
    [...text.matchAll(/<bt:Image id="([^"]*)" DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  const claims = [
    ...[...text.matchAll(/<IconUrl DefaultValue="([^"]*)"/g)].map((m) => [m[1], 32]),
    ...[...text.matchAll(/<HighResolutionIconUrl DefaultValue="([^"]*)"/g)].map((m) => [m[1], 64]),
    ...[...text.matchAll(/<bt:Image size="(\d+)" resid="([^"]*)"/g)].map((m) => [
      urls.get(m[2]) ?? `(no image ${m[2]})`,
      Number(m[1]),
    ]),
  ];
  for (const [url, size] of claims) checkIcon(url, size);
}

function checkIcon(url, size) {
  const name = /\/assets\/([\w.-]+\.png)$/.exec(url)?.[1];
  const file = name && join(root, "assets", name);
  if (!file || !existsSync(file)) {
    fail(`icon ${url} is not a PNG file in assets/.`);
    return;
  }
  const png = readFileSync(file);
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  if (width !== size || height !== size) {
    fail(`assets/${name} is ${width}×${height} px where ${size}×${size} is needed.`);
  }
}

function checkWithOfficeTooling() {
  const cli = join(root, "node_modules", "office-addin-manifest", "cli.js");
  try {
    execFileSync(process.execPath, [cli, "info", manifestPath], { stdio: "pipe" });
  } catch (error) {
    fail(`office-addin-manifest cannot read it: ${String(error.stderr ?? error.message).trim()}`);
  }
}

function fail(message) {
  failures.push(message);
}

function finish() {
  process.stderr.write(failures.map((line) => `manifest: ${line}\n`).join(""));
  process.exit(1);
}
