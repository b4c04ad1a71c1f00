import { MemoryWorkbook } from "../../../src/office/memory";
import { DOCS, failureCode, sheetOf, workbookWithData, write } from "./support";

/** "Data" with a year × goal grid: 3 rows of data under a header, 2 goal columns. */
async function progress() {
  const workbook = await workbookWithData();
  await write(workbook, "Data", "A1:C4", [
    ["Year", "Goal A", "Goal B"],
    [2026, 0.1, 0.2],
    [2027, 0.4, 0.5],
    [2028, 0.9, 1],
  ]);
  return workbook;
}

async function chartOver(
  workbook: MemoryWorkbook,
  address: string,
  seriesBy: "Auto" | "Columns" | "Rows",
) {
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.charts.add("ColumnClustered", sheet.getRange(address), seriesBy);
    await context.sync();
  });
  return sheetOf(workbook, "Data").charts.at(-1);
}

describe(`charts.add and series (${DOCS.charts})`, () => {
  it("by columns: each column after the first is a series named by its header", async () => {
    const chart = await chartOver(await progress(), "A1:C4", "Columns");
    expect(chart).toMatchObject({
      name: "Chart 1",
      type: "ColumnClustered",
      source: "Data!A1:C4",
      seriesBy: "Columns",
      series: [
        { name: "Goal A", values: "Data!$B$2:$B$4", categories: "Data!$A$2:$A$4" },
        { name: "Goal B", values: "Data!$C$2:$C$4", categories: "Data!$A$2:$A$4" },
      ],
    });
  });

  it("by rows: the same, transposed", async () => {
    const chart = await chartOver(await progress(), "A1:C4", "Rows");
    expect(chart?.series).toEqual([
      { name: "2026", values: "Data!$B$2:$C$2", categories: "Data!$B$1:$C$1" },
      { name: "2027", values: "Data!$B$3:$C$3", categories: "Data!$B$1:$C$1" },
      { name: "2028", values: "Data!$B$4:$C$4", categories: "Data!$B$1:$C$1" },
    ]);
  });

  it("Auto reads columns when there are at least as many rows as columns", async () => {
    const workbook = await progress();
    const tall = await chartOver(workbook, "A1:C4", "Auto");
    const wide = await chartOver(workbook, "A1:C2", "Auto");
    expect([tall?.series.length, wide?.series.map((series) => series.name)]).toEqual([2, ["2026"]]);
  });

  it("keeps title, axis titles, scale, labels, legend and placement", async () => {
    const workbook = await progress();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:C4"), "Columns");
      chart.name = "AK_Progress";
      chart.title.text = "Progress";
      chart.axes.valueAxis.title.text = "%";
      chart.axes.categoryAxis.title.text = "Year";
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.maximum = 1;
      chart.dataLabels.showValue = true;
      chart.legend.visible = false;
      chart.legend.position = "Bottom";
      chart.setPosition("E2", "J12");
      await context.sync();
    });
    expect(sheetOf(workbook, "Data").charts[0]).toMatchObject({
      name: "AK_Progress",
      title: "Progress",
      valueAxisTitle: "%",
      categoryAxisTitle: "Year",
      valueAxis: { minimum: 0, maximum: 1 },
      dataLabels: { showValue: true },
      legend: { visible: false, position: "Bottom" },
      position: { start: "E2", end: "J12" },
      top: 15,
      left: 4 * 48,
      width: 6 * 48,
      height: 11 * 15,
    });
  });

  it("load by name and as items, with series named from the cells", async () => {
    const workbook = await progress();
    await chartOver(workbook, "A1:C4", "Columns");
    await write(workbook, "Data", "B1", [["Goal A (kg)"]]);
    const read = await workbook.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Data").charts;
      charts.load("items/name,count");
      const chart = charts.getItem("chart 1");
      const series = chart.series.getItemAt(0).load("name");
      const all = chart.series.load("count");
      const missing = charts.getItemOrNullObject("Nope");
      await context.sync();
      return {
        names: charts.items.map((item) => item.name),
        count: charts.count,
        first: series.name,
        series: all.count,
        missing: missing.isNullObject,
      };
    });
    expect(read).toEqual({
      names: ["Chart 1"],
      count: 1,
      first: "Goal A (kg)",
      series: 2,
      missing: true,
    });
  });

  it("deletes a chart, and refuses the type Invalid with InvalidArgument", async () => {
    const workbook = await progress();
    await chartOver(workbook, "A1:C4", "Columns");
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Data").charts.getItem("Chart 1").delete();
      await context.sync();
    });
    expect(sheetOf(workbook, "Data").charts).toEqual([]);
    const attempt = workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.charts.add("Invalid", sheet.getRange("A1:C4"), "Columns");
      await context.sync();
    });
    expect(await failureCode(attempt)).toBe("InvalidArgument");
  });

  it("keeps its source when rows are inserted above the data", async () => {
    const workbook = await progress();
    await chartOver(workbook, "A1:C4", "Columns");
    workbook.person.insertRows("Data", 0, 2);
    expect(sheetOf(workbook, "Data").charts[0]?.source).toBe("Data!A3:C6");
  });
});
