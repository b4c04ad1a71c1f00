import { word, type WordKey } from "../core/messages";
import { makeProblem, type Problem } from "../core/problems/problem";

const KNOWN = new Set([
  "AccessDenied",
  "InvalidArgument",
  "ItemAlreadyExists",
  "ItemNotFound",
  "RequestPayloadSizeLimitExceeded",
  "ApiNotFound",
]);

/**
 * Turns whatever an Excel call threw into a problem: a sentence in the person's words,
 * with Excel's code and message kept as the detail behind it.
 */
export function problemFromExcelError(error: unknown): Problem {
  const { code, message, location } = describe(error);
  const reason = word(reasonKey(code, location));
  const detail = [code, message].filter((part) => part !== "").join(": ");
  return makeProblem("excel-failed", "error", { kind: "workbook" }, { reason, detail });
}

// Excel names the failing member in debugInfo.errorLocation; a failed unprotect means a
// person protected one of the add-in's sheets with a password, whatever the code says.
function reasonKey(code: string, location: string): WordKey {
  if (/Protection\.unprotect/i.test(location)) return "excel-password";
  return (KNOWN.has(code) ? `excel-${code}` : "excel-other") as WordKey;
}

function describe(error: unknown): { code: string; message: string; location: string } {
  if (typeof error !== "object" || error === null) {
    return { code: "", message: String(error), location: "" };
  }
  const { code, message, debugInfo } = error as {
    code?: unknown;
    message?: unknown;
    debugInfo?: { errorLocation?: unknown };
  };
  const location = debugInfo?.errorLocation;
  return {
    code: typeof code === "string" ? code : "",
    message: typeof message === "string" ? message : "",
    location: typeof location === "string" ? location : "",
  };
}
