/** English problem messages. `{name}` is replaced by the problem's parameter of that name. */
export const en = {
  problems: {
    "file-not-object": "The file does not hold a JSON object.",
    "file-format": 'This is not a {expected} file: "format" is {found}.',
    "file-version-newer":
      "This file has version {found}, made by a newer version of the add-in; " +
      "this version reads version {expected}. Update the add-in.",
    "file-version": "Version {found} is not supported; expected version {expected}.",
    "schema-missing": '"{field}" is missing.',
    "schema-type": "Expected {expected}, found {found}.",
    "schema-empty": "This text is empty.",
    "schema-too-few": "At least {minimum} entries are needed.",
    "schema-too-small": "Must be at least {minimum}.",
    "schema-too-small-exclusive": "Must be more than {minimum}.",
    "schema-too-long": "Too long: at most {maximum} characters.",
    "schema-too-big": "Must be at most {maximum}.",
    "schema-format": "Not in the expected form ({format}).",
    "schema-value": "Must be one of: {values}.",
    "schema-unknown-key": 'Unknown field "{key}": check its spelling; it was not read.',
    "schema-invalid": "Not a valid value here.",
    "catalogue-goal-duplicate": "Goal letter {letter} is used more than once.",
    "catalogue-strategy-duplicate": "Strategy number {number} is used more than once.",
    "catalogue-strategy-goal-duplicate": "Strategy {number} lists goal {letter} twice.",
    "catalogue-strategy-unknown-goal":
      "Strategy {number} supports goal {letter}, which is not a goal.",
    "catalogue-indicator-unknown-goal":
      "Indicator {id} belongs to goal {letter}, which is not a goal.",
    "catalogue-goal-unsupported": "No strategy supports goal {letter}.",
    "catalogue-indicator-duplicate": "Indicator id {id} is used more than once.",
    "catalogue-category-duplicate": "Product category id {id} is used more than once.",
    "goals-missing": "Choose at least one goal.",
    "goal-unknown": "Goal {letter} is not on the ambition map (the goals are {known}).",
    "goal-duplicate": "Goal {letter} is chosen more than once.",
    "strategy-unknown": "Strategy {number} is not on the ambition map.",
    "strategy-not-supporting":
      "Strategy {number} does not support goal {goal}; it supports {supported}.",
    "strategy-duplicate": "Strategy {number} is chosen twice for goal {goal}.",
    "goal-without-strategy": "Goal {goal} has no strategy: choose at least one.",
    "goal-without-indicator": "Goal {goal} has no indicator: choose one to measure it.",
    "indicator-unknown": "Indicator {id} is not in the indicator table.",
    "indicator-wrong-goal": "Indicator {id} belongs to goal {indicatorGoal}, not to goal {goal}.",
    "indicator-id-and-custom":
      "Indicator {id} comes from the indicator table, which sets its {field}; " +
      "leave out the {field} or the id.",
    "indicator-custom-no-name": "This custom indicator has no name.",
    "indicator-custom-no-unit": "Custom indicator {name} has no unit.",
    "indicator-custom-no-direction":
      'Custom indicator {name} does not say whether higher or lower is better ("direction").',
    "indicator-direction-invalid": 'Direction {value} is not "higher" or "lower".',
    "measurement-not-number": "The {field} {value} is not a number.",
    "measurement-percent-range": "The {field} {value} % is outside 0–100 %.",
    "measurement-negative": "The {field} {value} {unit} cannot be negative.",
    "date-invalid": "{value} is not a date of the form YYYY-MM-DD.",
    "contract-dates-order": "The contract ends ({end}) before it starts ({start}).",
    "project-name-missing": "The project has no name.",
    "category-missing": "No product category is chosen.",
    "category-unknown": "Product category {id} is not in the catalogue.",
    "single-goal":
      "Only one goal is chosen; the method recommends several, which raises the chance of success.",
    "single-strategy":
      "Goal {goal} has only one strategy; more strategies per goal raise the impact.",
    "contract-no-improvement":
      "The contract value {contract} is no improvement on the baseline {baseline} " +
      "({direction}).",
    "end-values-missing":
      "The contract ended on {end}, but this indicator has no end-of-contract value yet.",
    "strategy-shared": "Strategy {number} also supports the chosen {goals}.",
    "excel-failed":
      "Excel could not finish the action: {reason}. Nothing typed was lost; try again. " +
      "(Detail: {detail})",
    "build-blocked-unreadable":
      "The workbook holds a value the add-in cannot read; fix the cells listed before " +
      "updating the sheets, so that nothing typed is overwritten.",
    "workbook-not-ambitiekaart":
      "This workbook has no Ambitiekaart tables yet; build the project's sheets first.",
    "workbook-layout-newer":
      "These sheets have layout version {found}, written by a newer version of the add-in; " +
      "this version reads version {expected}. Update the add-in.",
    "table-missing": "Table {table} is missing from the workbook.",
    "column-missing": "Table {table} has no column {column}.",
    "cell-not-number":
      "{value} is not a number; type a number, or empty the cell if it is not known yet.",
    "cell-not-date": "{value} is not a date; type it as YYYY-MM-DD.",
    "row-blank": "A blank row inside table {table} was skipped.",
    "card-label-unknown":
      "Row {label} of the project card is not one the add-in knows, and updating the sheets " +
      "would overwrite it: move it out of the table (to another sheet, for example) first.",
    "row-outside-table":
      "Row {row} lies below table {table}, outside it; it is read as a row of the table, and " +
      "updating the sheets takes it into the table so that nothing typed there is overwritten.",
    "cell-number-as-text": "The number {value} in a text column is read as the text {value}.",
    "cell-percent-typed":
      "This cell holds {value}, typed as {shown}; if the unit is %, type the number without " +
      "the % sign.",
    "formula-changed":
      "This cell should hold the add-in's formula but holds {value}; repairing restores " +
      "the formula.",
    "formulas-changed":
      "{count} cells of this sheet should hold the add-in's formulas but hold something " +
      "else; repairing restores the formulas.",
    "sheet-missing":
      "The add-in's sheet {sheet} is missing, so what depends on it does not work; " +
      "repairing recreates it.",
    "table-renamed":
      "Table {found} looks like the add-in's table {table} under another name; the add-in " +
      "finds its tables by name. Give it back the name {table} (Table Design > Table Name), " +
      "or let the pane repair the sheets.",
    "text-too-long": "This text has {length} characters; an Excel cell holds at most {maximum}.",
    "table-place-taken":
      "Table {table} belongs at {start}, where the add-in's formulas and charts point, but " +
      "this cell there is not empty. Updating would overwrite it: move what is here, or move " +
      "the table back yourself, then update.",
    "repair-refused":
      "The sheets cannot be repaired safely now: fix the cells listed first, so that " +
      "nothing typed is overwritten.",
    "row-kept-from-pane":
      "This row is no longer in the workbook but is still in the pane, so updating the " +
      "sheets writes it back; remove it here if it should go.",
    "merge-conflict":
      "This cell was changed in the workbook ({workbook}) and in the pane ({pane}); " +
      "the workbook's value was kept.",
  },
  words: {
    "excel-AccessDenied": "a sheet is protected or the workbook is read-only",
    "excel-InvalidArgument": "Excel refused a value or an address",
    "excel-ItemAlreadyExists": "something with that name already exists",
    "excel-ItemNotFound": "a sheet, table or name the add-in needs is missing",
    "excel-RequestPayloadSizeLimitExceeded": "the change is too large for Excel on the web",
    "excel-ApiNotFound": "this version of Excel lacks a feature the add-in needs",
    "excel-password":
      "a sheet is protected with a password; unprotect it (Review > Unprotect Sheet)",
    "excel-other": "Excel reported an error",
    baseline: "baseline",
    contract: "contract value",
    end: "end-of-contract value",
    higher: "higher is better",
    lower: "lower is better",
    goal: "goal",
    goals: "goals",
    name: "name",
    unit: "unit",
    direction: "direction",
    text: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
    list: "a list",
    object: "an object",
    nothing: "nothing",
    null: "null",
    "format-goal-letter": "one capital letter",
    "format-indicator-id": "letters and digits, at most 20",
    "format-category-id": "lower-case letters, digits and hyphens",
    "catalogue-file": "ambition-map catalogue",
    "project-file": "ambition-map project",
  },
} as const;
