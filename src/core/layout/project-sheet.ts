import type { Catalogue } from "../catalogue/schema";
import type { Language } from "../language";
import { workbookTexts } from "../messages/workbook";
import type { Project } from "../project/model";
import { blockOf, dateInput, label, rect, textInput, type FormattedCell } from "./cells";
import { catalogueRanges, listSource } from "./catalogue-sheet";
import { PROJECT, PROJECT_FIELDS, TABLE_NAMES, TITLE_ROW, type ProjectField } from "./geometry";
import type { SheetNames, SheetPlan } from "./plan";
import { dateValidation, listValidation } from "./validation-texts";

const STYLE = "TableStyleMedium7";

/** The project sheet: the project card and the stakeholders, all of it a person's input. */
export function planProjectSheet(
  project: Project,
  catalogue: Catalogue,
  language: Language,
  names: SheetNames,
): SheetPlan {
  const texts = workbookTexts(language);
  const cardRows = PROJECT_FIELDS.map((field) => [
    label(texts.fields[field]),
    cardValue(project, catalogue, language, field),
  ]);
  const stakeholders: FormattedCell[][] =
    project.card.stakeholders.length > 0
      ? project.card.stakeholders.map((person) => [textInput(person.name), textInput(person.role)])
      : [[textInput(undefined), textInput(undefined)]];
  const { headerRow, stakeholdersHeaderRow: peopleRow, column } = PROJECT;
  const valueRow = (field: ProjectField) => headerRow + 1 + PROJECT_FIELDS.indexOf(field);
  const source = listSource(names.catalogue, catalogueRanges(catalogue).categoryNames);
  return {
    key: "project",
    name: names.project,
    tabColor: "#2E7D32",
    blocks: [
      blockOf(TITLE_ROW, column, [[label(texts.titles.project)]]),
      blockOf(headerRow, column, [
        [label(texts.columns.field), label(texts.columns.value)],
        ...cardRows,
      ]),
      blockOf(PROJECT.stakeholdersTitleRow, column, [[label(texts.titles.stakeholders)]]),
      blockOf(peopleRow, column, [
        [label(texts.columns.stakeholder), label(texts.columns.role)],
        ...stakeholders,
      ]),
    ],
    columnWidths: [
      { column, width: 140 },
      { column: column + 1, width: 320 },
    ],
    formats: [
      { rect: rect(TITLE_ROW, column), bold: true, fontSize: 14 },
      { rect: rect(PROJECT.stakeholdersTitleRow, column), bold: true, fontSize: 12 },
      { rect: rect(headerRow + 1, column + 1, PROJECT_FIELDS.length), locked: false, wrap: true },
      { rect: rect(peopleRow + 1, column, stakeholders.length, 2), locked: false },
    ],
    tables: [
      {
        name: TABLE_NAMES.project,
        rect: rect(headerRow, column, 1 + PROJECT_FIELDS.length, 2),
        style: STYLE,
        columns: [texts.columns.field, texts.columns.value],
      },
      {
        name: TABLE_NAMES.stakeholders,
        rect: rect(peopleRow, column, 1 + stakeholders.length, 2),
        style: STYLE,
        columns: [texts.columns.stakeholder, texts.columns.role],
      },
    ],
    validations: [
      listValidation("category", rect(valueRow("productCategory"), column + 1), source, language),
      dateValidation(rect(valueRow("contractStart"), column + 1, 2), language),
    ],
    conditionalFormats: [],
    charts: [],
    freeze: { rows: 0, columns: 0 },
    protect: true,
  };
}

function cardValue(
  project: Project,
  catalogue: Catalogue,
  language: Language,
  field: ProjectField,
): FormattedCell {
  const { card } = project;
  switch (field) {
    case "contractStart":
    case "contractEnd":
      return dateInput(card[field]);
    case "productCategory": {
      const category = catalogue.productCategories.find(
        (entry) => entry.id === card.productCategory,
      );
      return textInput(category ? category.name[language] : card.productCategory);
    }
    default:
      return textInput(card[field]);
  }
}
