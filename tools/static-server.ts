import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server on a free localhost port, and how to stop it. */
export interface StaticServer {
  origin: string;
  /** Paths asked for that had no file, so a test can show what the page missed. */
  missing: string[];
  close(): Promise<void>;
}

/** Serves a folder over plain http on 127.0.0.1; `build` is the command that makes it. */
export async function serveFolder(folder: string, build: string): Promise<StaticServer> {
  if (!existsSync(folder)) throw new Error(`${folder} does not exist: run ${build} first`);
  const missing: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = fileFor(folder, decodeURIComponent(path));
    if (file === null) {
      missing.push(path);
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, missing, close: () => closeServer(server) };
}

// A path that climbs out of the folder is refused rather than served.
function fileFor(folder: string, path: string): string | null {
  const file = normalize(join(folder, path));
  if (file !== folder && !file.startsWith(folder + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return fileFor(folder, join(path, "index.html"));
  return file;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}
