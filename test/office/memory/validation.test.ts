import { MemoryWorkbook, PersonEditRefused } from "../../../src/office/memory";
import { DOCS, failureCode, sheetOf, thrown, workbookWithData } from "./support";

async function validate(
  workbook: MemoryWorkbook,
  address: string,
  edit: (validation: Excel.DataValidation) => void,
) {
  await workbook.run(async (context) => {
    edit(context.workbook.worksheets.getItem("Data").getRange(address).dataValidation);
    await context.sync();
  });
}

async function loadValidation(workbook: MemoryWorkbook, address: string) {
  return workbook.run(async (context) => {
    const validation = context.workbook.worksheets.getItem("Data").getRange(address).dataValidation;
    validation.load("type,rule,errorAlert,prompt,ignoreBlanks");
    await context.sync();
    return validation.toJSON();
  });
}

const POSITIVE: Excel.DataValidationRule = {
  wholeNumber: { formula1: 0, operator: "GreaterThan" },
};

describe(`data validation rules (${DOCS.validation}; ${DOCS.validationGuide})`, () => {
  it.each<[string, Excel.DataValidationRule]>([
    ["List", { list: { inCellDropDown: true, source: "=Data!$A$2:$A$6" } }],
    ["List", { list: { inCellDropDown: false, source: "Sue, Ricky, Liz" } }],
    ["Decimal", { decimal: { formula1: 0, formula2: 100, operator: "Between" } }],
    ["WholeNumber", POSITIVE],
    ["Date", { date: { formula1: "2022-04-01", formula2: "2022-04-08", operator: "Between" } }],
    ["TextLength", { textLength: { formula1: 10, operator: "LessThanOrEqualTo" } }],
    ["Custom", { custom: { formula: "=NOT(ISNUMBER(SEARCH(A2,B2)))" } }],
  ])("store a %s rule and read it back with its type", async (type, rule) => {
    const workbook = await workbookWithData();
    await validate(workbook, "B2:C5", (validation) => (validation.rule = rule));
    const read = await loadValidation(workbook, "B2:C5");
    expect(read).toMatchObject({ type, rule });
    expect(sheetOf(workbook, "Data").validations).toEqual([
      expect.objectContaining({ address: "B2:C5", rule }),
    ]);
  });

  it("give Excel's defaults: a Stop alert shown, no prompt, blanks ignored", async () => {
    const workbook = await workbookWithData();
    await validate(workbook, "B2", (validation) => (validation.rule = POSITIVE));
    expect(await loadValidation(workbook, "B2")).toMatchObject({
      errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
      prompt: { message: "", showPrompt: false, title: "" },
      ignoreBlanks: true,
    });
  });

  it("keep an error alert, a prompt and ignoreBlanks set beside the rule", async () => {
    const workbook = await workbookWithData();
    await validate(workbook, "B2:B4", (validation) => {
      validation.rule = POSITIVE;
      validation.errorAlert = {
        message: "Positive only",
        showAlert: true,
        style: "Warning",
        title: "No",
      };
      validation.prompt = { message: "A positive number", showPrompt: true, title: "Input" };
      validation.ignoreBlanks = false;
    });
    expect(sheetOf(workbook, "Data").validations).toEqual([
      {
        address: "B2:B4",
        rule: POSITIVE,
        errorAlert: { message: "Positive only", showAlert: true, style: "Warning", title: "No" },
        prompt: { message: "A positive number", showPrompt: true, title: "Input" },
        ignoreBlanks: false,
      },
    ]);
  });

  it("take a Range as a list source and store it as an absolute reference", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B2").dataValidation.rule = {
        list: { inCellDropDown: true, source: sheet.getRange("A2:A4") },
      };
      await context.sync();
    });
    expect(sheetOf(workbook, "Data").validations[0]?.rule).toEqual({
      list: { inCellDropDown: true, source: "=Data!$A$2:$A$4" },
    });
  });

  it.each<[string, unknown]>([
    ["no kind", {}],
    ["two kinds", { ...POSITIVE, custom: { formula: "=TRUE" } }],
    ["an unknown operator", { decimal: { formula1: 1, operator: "Near" } }],
    ["Between without formula2", { decimal: { formula1: 1, operator: "Between" } }],
    ["an empty list source", { list: { inCellDropDown: true, source: "" } }],
  ])("refuse a rule with %s with InvalidArgument", async (_problem, rule) => {
    const workbook = await workbookWithData();
    const attempt = validate(
      workbook,
      "B2",
      (validation) => (validation.rule = rule as Excel.DataValidationRule),
    );
    expect(await failureCode(attempt)).toBe("InvalidArgument");
  });
});

// Microsoft's DataValidation sample clears before it sets a rule; Excel refuses a rule over
// cells whose validation differs (office-js issue 2594).
describe(`setting a rule where validation exists (${DOCS.validation})`, () => {
  it("is refused with InvalidArgument until the range is cleared", async () => {
    const workbook = await workbookWithData();
    await validate(workbook, "B2:B5", (validation) => (validation.rule = POSITIVE));
    const again = validate(workbook, "B2:B5", (validation) => (validation.rule = POSITIVE));
    expect(await failureCode(again)).toBe("InvalidArgument");
    await validate(workbook, "B2:B5", (validation) => {
      validation.clear();
      validation.rule = { decimal: { formula1: 1, operator: "LessThan" } };
    });
    expect((await loadValidation(workbook, "B2:B5")).type).toBe("Decimal");
  });

  it("is refused over cells with different validation, such as a prompt on only some", async () => {
    const workbook = await workbookWithData();
    await validate(workbook, "B5:B10", (validation) => {
      validation.prompt = { message: "x", showPrompt: true, title: "" };
    });
    const attempt = validate(workbook, "B1:B10", (validation) => (validation.rule = POSITIVE));
    expect(await failureCode(attempt)).toBe("InvalidArgument");
  });
});

describe(`clearing validation (${DOCS.validationGuide})`, () => {
  it("clears only the cells of the range; the rest keep their rule", async () => {
    const workbook = await workbookWithData();
    await validate(workbook, "B2:B10", (validation) => (validation.rule = POSITIVE));
    await validate(workbook, "B4:B5", (validation) => {
      validation.clear();
    });
    expect(sheetOf(workbook, "Data").validations.map((item) => item.address)).toEqual([
      "B2:B3,B6:B10",
    ]);
  });

  it("reads type None, MixedCriteria and Inconsistent as DataValidationType says", async () => {
    const workbook = await workbookWithData();
    await validate(workbook, "B2:B3", (validation) => (validation.rule = POSITIVE));
    await validate(workbook, "C2:C3", (validation) => {
      validation.rule = { decimal: { formula1: 1, operator: "LessThan" } };
    });
    const types = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const ranges = ["D2", "B2:B4", "B2:C3"].map((address) =>
        sheet.getRange(address).dataValidation.load("type"),
      );
      await context.sync();
      return ranges.map((validation) => validation.type);
    });
    expect(types).toEqual(["None", "MixedCriteria", "Inconsistent"]);
  });
});

// Validation fires when a person types, not when a plain paste puts a value in the cell.
describe(`a person typing into a validated cell (${DOCS.validationGuide})`, () => {
  async function measured(style: Excel.DataValidationAlertStyle | "Stop" | "Warning") {
    const workbook = await workbookWithData();
    await validate(workbook, "B2:B5", (validation) => {
      validation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      validation.errorAlert = { message: "Typ een getal", showAlert: true, style, title: "" };
    });
    await validate(workbook, "C2", (validation) => {
      validation.rule = { list: { inCellDropDown: true, source: "Ja,Nee" } };
    });
    return workbook;
  }

  it("is stopped by a Stop alert with its message", async () => {
    const workbook = await measured("Stop");
    const error = thrown(() => {
      workbook.person.type("Data", "B2", "ca. 30");
    });
    expect(error).toBeInstanceOf(PersonEditRefused);
    expect(error.message).toBe("Typ een getal");
    expect(sheetOf(workbook, "Data").cells.B2).toBeUndefined();
    workbook.person.type("Data", "B2", 30);
    workbook.person.type("Data", "C2", "nee");
    expect(() => {
      workbook.person.type("Data", "C2", "Misschien");
    }).toThrow(PersonEditRefused);
  });

  it("goes on after a Warning, and a paste is never checked", async () => {
    const workbook = await measured("Warning");
    workbook.person.type("Data", "B2", "ca. 30");
    const stopped = await measured("Stop");
    stopped.person.paste("Data", "B2", "ca. 30");
    expect([
      sheetOf(workbook, "Data").cells.B2?.value,
      sheetOf(stopped, "Data").cells.B2?.value,
    ]).toEqual(["ca. 30", "ca. 30"]);
  });
});
