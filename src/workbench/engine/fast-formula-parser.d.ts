// The package ships JavaScript only; these are the parts of its API the workbench uses.
declare module "fast-formula-parser" {
  /** A cell reference with 1-based row and column. */
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }

  /** A rectangular range reference with 1-based corners. */
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }

  /** An Excel error value such as #N/A. */
  export class FormulaError extends Error {
    static readonly NA: FormulaError;
    static readonly VALUE: FormulaError;
    static readonly REF: FormulaError;
    static readonly DIV0: FormulaError;
    static readonly NAME: FormulaError;
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    readonly details: unknown;
  }

  /** An argument as the parser hands it to a plain function. */
  export interface FunctionArgument {
    value: unknown;
    isArray: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }

  export interface ParserConfig {
    functions?: Record<string, (...args: FunctionArgument[]) => unknown>;
    functionsNeedContext?: Record<string, (context: unknown, ...args: unknown[]) => unknown>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
  }

  export default class FormulaParser {
    constructor(config?: ParserConfig);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
  }
}
