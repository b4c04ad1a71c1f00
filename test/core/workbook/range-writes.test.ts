import type { CellWrite } from "../../../src/core/workbook/diff-plan";
import { rangeWrites } from "../../../src/core/workbook/range-writes";

// A header row over five rows of a text input, a number input and one formula per row.
function tableWrite(): CellWrite {
  const rows = [0, 1, 2, 3, 4];
  return {
    rect: { row: 2, column: 1, rowCount: 6, columnCount: 3 },
    numberFormats: [["@", "@", "@"], ...rows.map(() => ["@", "General", "0%"])],
    values: [["Name", "Value", "Share"], ...rows.map((i) => [`item ${i}`, i * 10, null])],
    formulas: [[null, null, null], ...rows.map((i) => [null, null, `=$C${i + 4}/100`])],
  };
}

describe("rangeWrites", () => {
  it("fills a column whose formula is the same in R1C1 with one value", () => {
    const formulas = rangeWrites(tableWrite()).filter((w) => w.property.startsWith("formulas"));
    expect(formulas).toEqual([
      {
        rect: { row: 3, column: 3, rowCount: 5, columnCount: 1 },
        property: "formulasR1C1",
        fill: "=RC3/100",
      },
    ]);
  });

  it("keeps number formats before values before formulas", () => {
    const order = rangeWrites(tableWrite()).map((write) => write.property);
    expect(order).toEqual([
      "numberFormat",
      "numberFormat",
      "numberFormat",
      "numberFormat",
      "values",
      "formulasR1C1",
    ]);
  });

  it("sends what differs per cell as the smallest grid that holds it", () => {
    const values = rangeWrites(tableWrite()).find((write) => write.property === "values");
    expect(values).toEqual({
      rect: { row: 2, column: 1, rowCount: 6, columnCount: 3 },
      property: "values",
      grid: [
        ["Name", "Value", "Share"],
        ["item 0", 0, null],
        ["item 1", 10, null],
        ["item 2", 20, null],
        ["item 3", 30, null],
        ["item 4", 40, null],
      ],
    });
    const formats = rangeWrites(tableWrite()).filter((w) => w.property === "numberFormat");
    expect(formats[0]).toEqual({
      rect: { row: 2, column: 2, rowCount: 1, columnCount: 2 },
      property: "numberFormat",
      grid: [["@", "@"]],
    });
  });

  it("writes short runs and formulas that differ per row as a grid of A1 formulas", () => {
    const write: CellWrite = {
      rect: { row: 0, column: 0, rowCount: 3, columnCount: 1 },
      numberFormats: [[null], [null], [null]],
      values: [[null], [null], [null]],
      formulas: [["=$A$9"], ["=$A$9"], ["=B7"]],
    };
    expect(rangeWrites(write)).toEqual([
      { rect: write.rect, property: "formulas", grid: [["=$A$9"], ["=$A$9"], ["=B7"]] },
    ]);
  });

  it("writes nothing for a write that keeps every cell", () => {
    const write: CellWrite = {
      rect: { row: 0, column: 0, rowCount: 1, columnCount: 2 },
      numberFormats: [[null, null]],
      values: [[null, null]],
      formulas: [[null, null]],
    };
    expect(rangeWrites(write)).toEqual([]);
  });
});
