/** The `Excel.ErrorCodes` strings the in-memory workbook raises, plus Office's own load error. */
export type RichApiErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NonBlankCellOffSheet"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit";

/** What Office.js puts in `error.debugInfo`: the code again, the message and the failing member. */
export interface RichApiDebugInfo {
  code: RichApiErrorCode;
  message: string;
  errorLocation: string;
}

// The messages "Error handling with the application-specific JavaScript APIs" lists for each
// code (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
// the in-memory workbook adds why after them.
const EXCEL_SENTENCES: Partial<Record<RichApiErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version " +
    "of the Office application.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end " +
    "of the worksheet.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
};

/** An Office.js failure as `context.sync()` reports it: "RichApi.Error", a code, a location. */
export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: RichApiErrorCode;
  readonly debugInfo: RichApiDebugInfo;

  constructor(code: RichApiErrorCode, errorLocation: string, detail?: string) {
    const sentence = EXCEL_SENTENCES[code];
    const message = [sentence, detail].filter((part) => part !== undefined).join(" ");
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Excel refusing something a person tried in its own UI (typing into a locked cell, …). */
export class PersonEditRefused extends Error {
  override readonly name = "PersonEditRefused";

  constructor(
    message: string,
    readonly reason?: RichApiError,
  ) {
    super(message);
  }
}

/** Office's exact wording when a property is read before `load` and `sync`. */
export function propertyNotLoaded(className: string, property: string): RichApiError {
  const error = new RichApiError(
    "PropertyNotLoaded",
    `${className}.${property}`,
    `The property '${property}' is not available. Before reading the property's value, call ` +
      `the load method on the containing object and call "context.sync()" on the associated ` +
      `request context.`,
  );
  return error;
}

/** Shorthand for the InvalidArgument failures that make up most argument checks. */
export function invalidArgument(location: string, detail: string): RichApiError {
  return new RichApiError("InvalidArgument", location, detail);
}

/** Shorthand for a resource that is gone or never existed. */
export function itemNotFound(location: string, detail: string): RichApiError {
  return new RichApiError("ItemNotFound", location, detail);
}

/** Shorthand for a change a protected worksheet refuses. */
export function accessDenied(location: string, detail: string): RichApiError {
  return new RichApiError("AccessDenied", location, detail);
}

/** Shorthand for a member or argument the in-memory workbook does not implement. */
export function notImplemented(location: string, detail?: string): RichApiError {
  const text = detail ?? `The in-memory workbook does not implement ${location}.`;
  return new RichApiError("NotImplemented", location, text);
}
