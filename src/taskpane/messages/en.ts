import type { PaneMessages } from "./nl";

/** The task pane's English texts, in the shape of the Dutch file. */
export const en: PaneMessages = {
  languageName: "English",
  app: {
    title: "Ambitiekaart",
    intro:
      "Record the goals, strategies and indicators of your circular procurement project " +
      "in this workbook and track them.",
    excelReady: "Connected to Excel: ready.",
    outsideOffice:
      "This pane is running outside Excel: you can explore the steps, but not read or " +
      "build a workbook. Open it from Excel: sideload the manifest and choose Ambitiekaart " +
      "on the Home tab.",
    otherHost: (host: string) =>
      `Ambitiekaart works only in Excel, not in ${host}. You can explore the steps, but ` +
      "not build a workbook.",
    language: "Language",
    loading: "Loading…",
  },
  steps: {
    start: "Start",
    card: "Project card",
    goals: "Goals",
    strategies: "Strategies",
    indicators: "Indicators",
    review: "Review and build",
  },
  nav: {
    label: "Steps",
    item: (position: number, name: string) => `${position}. ${name}`,
    back: (name: string) => `Back: ${name}`,
    next: (name: string) => `Next: ${name}`,
  },
  start: {
    intro:
      "Start a new procurement project, or open the project already in this workbook. " +
      "What stakeholders typed in the sheets is kept.",
    newProject: "New project",
    discardQuestion:
      "This starts an empty project in the pane; what is in the pane now and not " +
      "yet written to the workbook is lost. The workbook itself is not changed.",
    discard: "Discard and start new",
    keepEditing: "Keep editing",
    openProject: "Open the project in this workbook",
    needsExcel: "Opening a project needs Excel; here you can explore the steps.",
  },
  card: {
    intro: "What are you buying, for whom, and how long does the contract run?",
    fields: {
      name: "Project name",
      organisation: "Organisation",
      productCategory: "Product category",
      product: "Product",
      buyer: "Buyer",
      contractStart: "Contract start",
      contractEnd: "Contract end",
    },
    personFields: { name: "name", role: "role" },
    dateHint: "A date: type it or pick it from the calendar",
    noCategory: "(no category chosen)",
    unknownCategory: (id: string) => `${id} (not in the catalogue)`,
    stakeholders: "Stakeholders",
    noStakeholders: "No stakeholders yet.",
    stakeholderRow: (number: number) => `Stakeholder ${number}`,
    stakeholderName: (number: number) => `Name of stakeholder ${number}`,
    stakeholderRole: (number: number) => `Role of stakeholder ${number}`,
    addStakeholder: "Add a stakeholder",
    removeStakeholder: (number: number) => `Remove stakeholder ${number}`,
  },
  goals: {
    intro: "Choose the project's circular goals. Several goals raise the chance of success.",
    phases: {
      input: "Input: what you buy",
      use: "Use",
      output: "Output: after use",
    },
    label: (letter: string, name: string) => `${letter}. ${name}`,
    singleGoal:
      "You chose one goal. The method recommends several: that raises the chance of success.",
    notOnMap: "Not on this ambition map",
    unknownName: "not on this ambition map",
  },
  strategies: {
    intro:
      "For each goal, choose the strategies that support it. More strategies per goal " +
      "raise the impact.",
    noGoals: "Choose one or more goals first.",
    goalHeading: (letter: string, name: string) => `Goal ${letter}: ${name}`,
    label: (number: number, name: string) => `${number}. ${name}`,
    alsoSupports: (letters: readonly string[]) =>
      `Also supports ${letters.length === 1 ? "goal" : "goals"} ${letters.join(", ")}`,
    notSupporting: (letter: string) => `Does not support goal ${letter}.`,
    unknown: "not on this ambition map",
    note: (number: number) => `Note on strategy ${number}`,
  },
  indicators: {
    intro:
      "For each goal, choose one unambiguous, measurable indicator and fill in the " +
      "baseline, the contract value and the value at the end of the contract.",
    noIndicators: "No indicator for this goal yet.",
    pick: (letter: string) => `Indicator from the indicator table for goal ${letter}`,
    pickNone: "(choose an indicator)",
    allPicked: "(every indicator of the table is chosen)",
    option: (id: string, name: string, unit: string) => `${id}. ${name} (${unit})`,
    add: "Add indicator",
    addCustom: "Add a custom indicator",
    definition: "Definition",
    fields: {
      name: "Indicator name",
      unit: "Unit",
      direction: "Direction",
      baseline: "Baseline",
      baselineDate: "Baseline date",
      contract: "Contract value",
      end: "End of contract",
      endDate: "End date",
      evidence: "Evidence",
    },
    directions: { higher: "higher is better", lower: "lower is better" },
    directionNone: "(choose a direction)",
    catalogueTitle: (id: string, name: string) => `${id}. ${name}`,
    customTitle: (name: string) => `Custom indicator: ${name}`,
    untitled: "Custom indicator without a name",
    unknownId: (id: string) => `${id} (not in the indicator table)`,
    remove: (title: string) => `Remove ${title}`,
    inUnit: (unit: string) => `In ${unit}`,
    notANumber: "This is not a number. Type, for example, 12.5.",
    progress: (percent: string, status: string) => `Progress: ${percent} (${status})`,
    noProgress: (status: string) => `Progress: cannot be computed yet (${status})`,
    statuses: {
      incomplete: "incomplete",
      running: "running",
      achieved: "achieved",
      "partly-achieved": "partly achieved",
      "not-achieved": "not achieved",
    },
  },
  review: {
    intro:
      "Review the project. Choose a problem to go to its field. While there is an error, " +
      "the workbook cannot be built.",
    noProblems: "No problems found.",
    problems: (count: number) => (count === 1 ? "1 problem" : `${count} problems`),
    notANumber: (goal: string, position: number, field: string, typed: string) =>
      `Goal ${goal}, indicator ${position}: ${field} “${typed}” is not a number.`,
    build: "Build workbook",
    update: "Update workbook",
    ready: "Ready to write the sheets.",
    blocked: "Fix the errors first; then the workbook can be built.",
    needsExcel: "Building the workbook needs Excel; here you can explore the steps.",
  },
  work: {
    busy: {
      read: "Excel is reading the workbook…",
      build: "Excel is writing the workbook…",
      refresh: "Excel is reading the workbook again…",
      repair: "Excel is repairing the sheets…",
    },
    opened: (name: string) => `Read project “${name}” from the workbook.`,
    nothingOpened: "No project was read.",
    built: (sheets: readonly string[], cells: number) =>
      `Workbook updated: sheets ${sheets.join(", ")}; ${cells} ` +
      `${cells === 1 ? "cell" : "cells"} written.`,
    upToDate: (sheets: readonly string[]) =>
      `The sheets ${sheets.join(", ")} were already up to date; nothing was written.`,
    problemsFound: (count: number) => (count === 1 ? "1 remark:" : `${count} remarks:`),
  },
  refresh: {
    button: "Refresh from workbook",
    nothingRead: "Nothing was read.",
    noChanges: "The workbook and the pane agree; nothing changed.",
    changed: (count: number) =>
      count === 1 ? "1 value changed in the workbook:" : `${count} values changed in the workbook:`,
    change: (where: string, before: string, after: string) => `${where}: ${before} → ${after}`,
    goal: (letter: string) => `Goal ${letter}`,
    strategy: (letter: string, number: number) => `Goal ${letter}, strategy ${number}`,
    indicator: (letter: string, name: string) => `Goal ${letter}, indicator ${name}`,
    chosen: "chosen",
    note: "note",
    yes: "yes",
    no: "no",
    empty: "(empty)",
  },
  catalogue: {
    heading: "Ambition map (catalogue)",
    current: (name: string) => `In use: ${name}.`,
    file: "Import your own catalogue (JSON file)",
    hint: "A catalogue with any problem is not imported; the current one stays in use.",
    imported: (name: string, goals: number, strategies: number, indicators: number) =>
      `Imported catalogue “${name}”: ${goals} goals, ${strategies} strategies, ` +
      `${indicators} indicators.`,
    refused: (file: string, count: number) =>
      `${file} was not imported (${count === 1 ? "1 problem" : `${count} problems`}); ` +
      "the previous catalogue stays in use.",
    notJson: (file: string) =>
      `${file} is not a readable JSON file; the previous catalogue stays in use.`,
    sheet: "Import from the catalogue sheet",
    sheetHint: "Your own map typed or pasted into the catalogue sheet of this workbook.",
    sheetSource: "The catalogue sheet",
  },
  repair: {
    offer: "The add-in can repair the sheets. This changes:",
    formulas: (count: number, cells: string) =>
      `${count === 1 ? "1 formula" : `${count} formulas`} restored (${cells})`,
    sheets: (names: string) => `sheet ${names} recreated`,
    rows: (cells: string) => `row ${cells} taken into its table`,
    table: (from: string, to: string) => `table ${from} gets back the name ${to}`,
    kept: "Every value typed in the sheets stays as it is.",
    button: "Repair sheets",
    done: (cells: number) => `Sheets repaired; ${cells} ${cells === 1 ? "cell" : "cells"} written.`,
    more: (count: number) => `and ${count} more`,
  },
  errors: {
    title: {
      read: "Excel could not read the workbook",
      build: "Excel could not update the workbook",
      refresh: "Excel could not read the workbook again",
      repair: "Excel could not repair the sheets",
    },
    reason: (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
    unexpected: "Something went wrong in the add-in.",
    unchanged: {
      read: "The pane has not changed.",
      build: "What you typed in the pane is still here; try again.",
      refresh: "The pane has not changed.",
      repair: "Nothing changed in the workbook or in the pane.",
    },
    detail: "Technical details",
    dismiss: "Close",
  },
  severity: { error: "Error", warning: "Warning", info: "Information" },
  problems: { workbook: "workbook" },
};
