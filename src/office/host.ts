/** Where the page runs: in Excel, in a plain browser, or in another Office application. */
export type HostInfo =
  | { kind: "excel"; platform: string; displayLanguage: string }
  | { kind: "outside-office" }
  | { kind: "other-host"; host: string };

// Office.onReady never settles when office.js loaded only in part (a cut connection, a blocked
// script), so the pane stops waiting after this long and tells the person what to do instead.
const READY_TIMEOUT_MS = 5000;

const OUTSIDE_OFFICE: HostInfo = { kind: "outside-office" };

/** Finds out whether the pane runs inside Excel, once office.js is ready or has given up. */
export async function detectHost(timeoutMs: number = READY_TIMEOUT_MS): Promise<HostInfo> {
  // office.js comes from Microsoft's CDN; without a connection the global is never defined.
  if (typeof Office === "undefined") {
    return OUTSIDE_OFFICE;
  }
  let ready: ReadyInfo | undefined;
  try {
    ready = await withTimeout(Office.onReady(), timeoutMs);
  } catch {
    // An office.js that fails while starting leaves the pane exactly as outside Office: it
    // cannot reach a workbook, and the outside-Office message tells the person what to do.
    return OUTSIDE_OFFICE;
  }
  return describeHost(ready);
}

interface ReadyInfo {
  host: Office.HostType | null;
  platform: Office.PlatformType | null;
}

// Outside Office, onReady resolves with a null host although the typings do not say so.
function describeHost(ready: ReadyInfo | undefined): HostInfo {
  if (!ready?.host) return OUTSIDE_OFFICE;
  if (ready.host !== Office.HostType.Excel) return { kind: "other-host", host: String(ready.host) };
  return {
    kind: "excel",
    platform: ready.platform === null ? "unknown" : String(ready.platform),
    displayLanguage: Office.context.displayLanguage,
  };
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, undefined);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
