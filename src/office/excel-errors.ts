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
  const { code, message } = describe(error);
  const reason = word((KNOWN.has(code) ? `excel-${code}` : "excel-other") as WordKey);
  const detail = [code, message].filter((part) => part !== "").join(": ");
  return makeProblem("excel-failed", "error", { kind: "workbook" }, { reason, detail });
}

function describe(error: unknown): { code: string; message: string } {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return {
      code: typeof code === "string" ? code : "",
      message: typeof message === "string" ? message : "",
    };
  }
  return { code: "", message: String(error) };
}
