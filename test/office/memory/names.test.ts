import { MemoryWorkbook } from "../../../src/office/memory";
import { DOCS, failureCode, read, sheetOf, workbookWithData, write } from "./support";

async function addName(workbook: MemoryWorkbook, name: string, reference: string) {
  await workbook.run(async (context) => {
    context.workbook.names.add(name, reference, "a comment");
    await context.sync();
  });
}

async function loadName(workbook: MemoryWorkbook, name: string) {
  return workbook.run(async (context) => {
    const item = context.workbook.names.getItem(name);
    item.load("name,type,value,formula,visible,comment");
    await context.sync();
    return item.toJSON();
  });
}

describe(`names.add (${DOCS.namesAdd}; ${DOCS.namedItem})`, () => {
  it("names a Range with an absolute reference; its value is the address", async () => {
    const workbook = await workbookWithData();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:A6");
      context.workbook.names.add("Goals", range);
      await context.sync();
    });
    expect(await loadName(workbook, "goals")).toEqual({
      name: "Goals",
      type: "Range",
      value: "Data!$A$2:$A$6",
      formula: "=Data!$A$2:$A$6",
      visible: true,
      comment: "",
    });
  });

  it.each([
    ["=1", "Double", 1],
    ["=2.5", "Double", 2.5],
    ['="v2"', "String", "v2"],
    ["=TRUE", "Boolean", true],
    ["=#N/A", "Error", "#N/A"],
    ["=Data!B2", "Range", "Data!$B$2"],
  ])("gives %s the type %s", async (formula, type, value) => {
    const workbook = await workbookWithData();
    await addName(workbook, "Thing", formula);
    expect(await loadName(workbook, "Thing")).toMatchObject({ formula, type, value });
  });

  // office-js issue 2283 (OFFICE-JS-NOTES): a reference without "=" is stored as text.
  it("stores a reference without a leading = as literal text", async () => {
    const workbook = await workbookWithData();
    await addName(workbook, "NotARange", "Data!$A$1:$A$3");
    expect(await loadName(workbook, "NotARange")).toMatchObject({
      type: "String",
      value: "Data!$A$1:$A$3",
      formula: '="Data!$A$1:$A$3"',
    });
    const attempt = workbook.run(async (context) => {
      context.workbook.names.getItem("NotARange").getRange().load("address");
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidArgument");
  });

  it("evaluates other formulas with the evaluator", async () => {
    const workbook = await workbookWithData({ evaluate: () => 42 });
    await addName(workbook, "Total", "=SUM(Data!A:A)");
    expect(await loadName(workbook, "Total")).toMatchObject({ type: "Double", value: 42 });
  });

  it("refuses a taken name (ItemAlreadyExists) and a bad one (InvalidArgument)", async () => {
    const workbook = await workbookWithData();
    await addName(workbook, "Taken", "=1");
    expect(await failureCode(addName(workbook, "TAKEN", "=2"))).toBe("ItemAlreadyExists");
    for (const name of ["has space", "1st", "A1", "R2C3", "c"]) {
      expect(await failureCode(addName(workbook, name, "=2"))).toBe("InvalidArgument");
    }
  });
});

describe(`named items (${DOCS.namedItem})`, () => {
  it("give their range, which can be written", async () => {
    const workbook = await workbookWithData();
    await addName(workbook, "Target", "=Data!$B$2:$C$2");
    await workbook.run(async (context) => {
      context.workbook.names.getItem("Target").getRange().values = [[1, 2]];
      await context.sync();
    });
    expect(await read(workbook, "Data", "B2:C2")).toEqual([[1, 2]]);
  });

  it("give a null range for a constant, and are null objects when missing", async () => {
    const workbook = await workbookWithData();
    await addName(workbook, "Version", "=1");
    const nulls = await workbook.run(async (context) => {
      const range = context.workbook.names.getItem("Version").getRangeOrNullObject();
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      await context.sync();
      return [range.isNullObject, missing.isNullObject];
    });
    expect(nulls).toEqual([true, true]);
  });

  it("load as a collection, and delete", async () => {
    const workbook = await workbookWithData();
    await addName(workbook, "One", "=1");
    await addName(workbook, "Two", "=2");
    const names = await workbook.run(async (context) => {
      const all = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      context.workbook.names.getItem("One").delete();
      await context.sync();
      return all.items.map((item) => `${item.name} ${String(item.formula)}`);
    });
    expect(names).toEqual(["One =1", "Two =2"]);
    expect(workbook.inspect().names.map((item) => item.name)).toEqual(["Two"]);
  });

  it("can be scoped to a worksheet, beside a workbook name of the same name", async () => {
    const workbook = await workbookWithData();
    await addName(workbook, "Local", "=1");
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").names.add("Local", "=2");
      await context.sync();
    });
    expect(sheetOf(workbook, "Data").names).toMatchObject([{ name: "Local", formula: "=2" }]);
    expect(workbook.inspect().names).toMatchObject([{ name: "Local", formula: "=1" }]);
  });

  it("follow the rows their range is on", async () => {
    const workbook = await workbookWithData();
    await write(workbook, "Data", "A5", [["x"]]);
    await addName(workbook, "Cell", "=Data!$A$5");
    workbook.person.insertRows("Data", 0, 1);
    expect(await loadName(workbook, "Cell")).toMatchObject({ formula: "=Data!$A$6" });
  });
});
