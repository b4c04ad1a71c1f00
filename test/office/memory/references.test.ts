import {
  findReferences,
  mapReferences,
  shiftRelativeRows,
} from "../../../src/office/memory/model/references";

function found(formula: string) {
  return findReferences(formula).map((token) => `${token.prefix}${token.body}`);
}

describe("references in formulas, as the workbook rewrites them", () => {
  it("finds cells, ranges, whole rows and columns, with or without a sheet", () => {
    expect(found("=SUM(A1:B2)+Data!$C$3+'My sheet'!D4-2:3*A:B")).toEqual([
      "A1:B2",
      "Data!$C$3",
      "'My sheet'!D4",
      "2:3",
      "A:B",
    ]);
  });

  it("skips text in quotes, structured references, function names and numbers", () => {
    expect(found('=LOG10(A1)&"B2"&Table1[[#Headers],[C3]]+1E5+R1C1+1.5')).toEqual(["A1"]);
  });

  it("keeps sheet-qualified names, deleted-sheet prefixes and apostrophes inside names", () => {
    expect(found("=Data!Goals+#REF!A1+'Jan''s'!B2")).toEqual([
      "Data!Goals",
      "#REF!A1",
      "'Jan''s'!B2",
    ]);
    expect(findReferences("='Jan''s'!B2")[0]?.sheet).toBe("Jan's");
  });

  it("rewrites only what the mapper returns", () => {
    const upper = mapReferences("=a1+b2", (token) => (token.body === "a1" ? "Z9" : undefined));
    expect(upper).toBe("=Z9+b2");
  });

  it("fills relative rows down and leaves absolute rows alone", () => {
    expect(shiftRelativeRows("=$B2*C$1+Data!D3", 2)).toBe("=$B4*C$1+Data!D5");
    expect(shiftRelativeRows("=A1", -1)).toBe("=#REF!");
  });
});
