/**
 * Which ExcelApi requirement set introduced each member of the Office.js classes the in-memory
 * workbook models, read from the `[Api set: …]` tags of `@types/office-js` (a test checks the
 * table against them). "Desktop" and "Online" mark members of ExcelApiDesktop and ExcelApiOnline,
 * which no ExcelApi version includes. Where a tag names two sets (one for reading, one for
 * writing, or one for an optional argument), the table keeps the first.
 */
const TABLE = `
Application
  1.1 calculate calculationMode
  1.6 suspendApiCalculationUntilNextSync
  1.9 calculationEngineVersion calculationState iterativeCalculation
  1.9 suspendScreenUpdatingUntilNextSync
  1.11 cultureInfo decimalSeparator thousandsSeparator useSystemSeparators
  Desktop activeWindow checkSpelling enterEditingMode union windows
Workbook
  1.1 application bindings getSelectedRange names tables worksheets
  1.2 functions onSelectionChanged
  1.3 pivotTables
  1.4 settings
  1.5 customXmlParts
  1.7 dataConnections getActiveCell name properties protection styles
  1.8 readOnly
  1.9 autoSave calculationEngineVersion chartDataPointTrack getActiveChart
  1.9 getActiveChartOrNullObject getIsActiveCollabSession getSelectedRanges isDirty
  1.9 onAutoSaveSettingChanged previouslySaved usePrecisionAsDisplayed
  1.10 comments getActiveSlicer getActiveSlicerOrNullObject pivotTableStyles slicerStyles
  1.10 slicers tableStyles timelineStyles
  1.11 close save
  1.13 insertWorksheetsFromBase64 onActivated
  1.14 queries
  1.16 getLinkedEntityCellValue
  1.18 notes
  1.19 getActiveShape getActiveShapeOrNullObject linkedEntityDataDomains
  Online linkedWorkbooks
  Desktop focus
WorksheetCollection
  1.1 add getActiveWorksheet getItem
  1.4 getCount getItemOrNullObject
  1.5 getFirst getLast
  1.7 onActivated onAdded onDeactivated onDeleted
  1.8 onCalculated
  1.9 onChanged onFormatChanged onSelectionChanged
  1.10 onColumnSorted onRowSorted onSingleClicked
  1.11 onRowHiddenChanged
  1.13 onFormulaChanged
  1.14 onProtectionChanged
  1.17 onMoved onNameChanged onVisibilityChanged
Worksheet
  1.1 activate charts delete getCell getRange id name position tables visibility
  1.2 getUsedRange protection
  1.3 pivotTables
  1.4 getUsedRangeOrNullObject names
  1.5 getNext getNextOrNullObject getPrevious getPreviousOrNullObject
  1.6 calculate
  1.7 copy freezePanes getRangeByIndexes onActivated onChanged onDeactivated onSelectionChanged
  1.7 standardHeight standardWidth tabColor
  1.8 onCalculated showGridlines showHeadings
  1.9 autoFilter enableCalculation findAll findAllOrNullObject getRanges horizontalPageBreaks
  1.9 onFormatChanged pageLayout replaceAll shapes verticalPageBreaks
  1.10 comments onColumnSorted onRowSorted onSingleClicked showOutlineLevels slicers
  1.11 onRowHiddenChanged
  1.12 customProperties
  1.13 onFormulaChanged
  1.14 onProtectionChanged tabId
  1.17 onNameChanged onVisibilityChanged
  1.18 notes
  1.19 showDataTypeIcons
  Online namedSheetViews
  Desktop checkSpelling clearArrows evaluate
WorksheetFreezePanes
  1.7 freezeAt freezeColumns freezeRows getLocation getLocationOrNullObject unfreeze
WorksheetProtection
  1.2 options protect protected unprotect
  Online allowEditRanges canPauseProtection checkPassword isPasswordProtected isPaused
  Online pauseProtection resumeProtection savedOptions setPassword updateOptions
Range
  1.1 address addressLocal cellCount clear columnCount columnIndex delete format formulas
  1.1 formulasLocal getBoundingRect getCell getColumn getEntireColumn getEntireRow
  1.1 getIntersection getLastCell getLastColumn getLastRow getOffsetRange getRow insert
  1.1 numberFormat rowCount rowIndex select text valueTypes values worksheet
  1.2 columnHidden formulasR1C1 getColumnsAfter getColumnsBefore getResizedRange getRowsAbove
  1.2 getRowsBelow getUsedRange hidden merge rowHidden sort unmerge
  1.3 getVisibleView
  1.4 getIntersectionOrNullObject getUsedRangeOrNullObject
  1.6 calculate conditionalFormats
  1.7 getAbsoluteResizedRange getImage getSurroundingRegion hyperlink isEntireColumn isEntireRow
  1.7 numberFormatLocal showCard style
  1.8 dataValidation
  1.9 autoFill convertDataTypeToText convertToLinkedDataType copyFrom find findOrNullObject
  1.9 flashFill getCellProperties getColumnProperties getRowProperties getSpecialCells
  1.9 getSpecialCellsOrNullObject getTables linkedDataTypeState removeDuplicates replaceAll
  1.9 setCellProperties setColumnProperties setDirty setRowProperties
  1.10 group height hideGroupDetails left showGroupDetails top ungroup width
  1.11 moveTo
  1.12 getDirectPrecedents getPivotTables getSpillParent getSpillParentOrNullObject
  1.12 getSpillingToRange getSpillingToRangeOrNullObject hasSpill numberFormatCategories
  1.12 savedAsArray
  1.13 getDirectDependents getExtendedRange getMergedAreasOrNullObject getRangeEdge
  1.14 getPrecedents
  1.15 getDependents
  1.16 valuesAsJson valuesAsJsonLocal
  1.18 clearOrResetContents control
  1.19 getDisplayedCellProperties
  Desktop checkSpelling formulaArray showDependents showPrecedents
RangeFormat
  1.1 borders fill font horizontalAlignment verticalAlignment wrapText
  1.2 autofitColumns autofitRows columnWidth protection rowHeight
  1.7 textOrientation useStandardHeight useStandardWidth
  1.9 autoIndent indentLevel readingOrder shrinkToFit
  1.11 adjustIndent
RangeFill
  1.1 clear color
  1.9 pattern patternColor patternTintAndShade tintAndShade
RangeFont
  1.1 bold color italic name size underline
  1.9 strikethrough subscript superscript tintAndShade
FormatProtection
  1.2 formulaHidden locked
DataValidation
  1.8 clear errorAlert ignoreBlanks prompt rule type valid
  1.9 getInvalidCells getInvalidCellsOrNullObject
ConditionalFormatCollection
  1.6 add clearAll getCount getItem getItemAt
  1.14 getItemOrNullObject
ConditionalFormat
  1.6 cellValue cellValueOrNullObject colorScale colorScaleOrNullObject custom
  1.6 customOrNullObject dataBar dataBarOrNullObject delete getRange getRangeOrNullObject
  1.6 iconSet iconSetOrNullObject id preset presetOrNullObject priority stopIfTrue
  1.6 textComparison textComparisonOrNullObject topBottom topBottomOrNullObject type
  1.9 getRanges
  1.17 changeRuleToCellValue changeRuleToColorScale changeRuleToContainsText changeRuleToCustom
  1.17 changeRuleToDataBar changeRuleToIconSet changeRuleToPresetCriteria changeRuleToTopBottom
  1.17 setRanges
CellValueConditionalFormat
  1.6 format rule
CustomConditionalFormat
  1.6 format rule
ConditionalFormatRule
  1.6 formula formulaLocal formulaR1C1
ConditionalRangeFormat
  1.6 borders fill font numberFormat
  1.17 clearFormat
ConditionalRangeFill
  1.6 clear color
ConditionalRangeFont
  1.6 bold clear color italic strikethrough underline
IconSetConditionalFormat
  1.6 criteria reverseIconOrder showIconOnly style
TableCollection
  1.1 add count getItem getItemAt
  1.4 getCount getItemOrNullObject
  1.7 onChanged
  1.9 onAdded onDeleted
Table
  1.1 columns delete getDataBodyRange getHeaderRowRange getRange getTotalRowRange id name rows
  1.1 showHeaders showTotals style
  1.2 clearFilters convertToRange reapplyFilters sort worksheet
  1.3 highlightFirstColumn highlightLastColumn showBandedColumns showBandedRows showFilterButton
  1.7 onChanged onSelectionChanged
  1.8 legacyId
  1.9 autoFilter
  1.13 resize
TableColumnCollection
  1.1 add count getItem getItemAt
  1.4 getCount getItemOrNullObject
  1.16 addAsJson
TableColumn
  1.1 delete getDataBodyRange getHeaderRowRange getRange getTotalRowRange id index name values
  1.2 filter
  1.16 valuesAsJson valuesAsJsonLocal
TableRowCollection
  1.1 add count getItemAt
  1.4 getCount
  1.16 addAsJson
  Online deleteRows deleteRowsAt
TableRow
  1.1 delete getRange index values
  1.16 valuesAsJson valuesAsJsonLocal
ChartCollection
  1.1 add count getItem getItemAt
  1.4 getCount getItemOrNullObject
  1.8 onActivated onAdded onDeactivated onDeleted
Chart
  1.1 axes dataLabels delete format height left legend name series setData setPosition title top
  1.1 width
  1.2 getImage worksheet
  1.7 chartType id showAllFieldButtons
  1.8 categoryLabelLevel displayBlanksAs onActivated onDeactivated plotArea plotBy
  1.8 plotVisibleOnly seriesNameLevel showDataLabelsOverMaximum style
  1.9 activate pivotOptions
  1.14 getDataTable getDataTableOrNullObject
ChartTitle
  1.1 format overlay text visible
  1.7 getSubstring height horizontalAlignment left position setFormula showShadow
  1.7 textOrientation top verticalAlignment width
ChartAxes
  1.1 categoryAxis seriesAxis valueAxis
  1.7 getItem
ChartAxis
  1.1 format majorGridlines majorUnit maximum minimum minorGridlines minorUnit title
  1.7 axisGroup baseTimeUnit categoryType customDisplayUnit displayUnit height left logBase
  1.7 majorTickMark majorTimeUnitScale minorTickMark minorTimeUnitScale reversePlotOrder
  1.7 scaleType setCategoryNames setCustomDisplayUnit showDisplayUnitLabel tickLabelPosition
  1.7 tickLabelSpacing tickMarkSpacing top type visible width
  1.8 alignment isBetweenCategories multiLevel numberFormat offset position positionAt
  1.8 setPositionAt textOrientation
  1.9 linkNumberFormat
ChartAxisTitle
  1.1 format text visible
  1.8 setFormula
  1.12 textOrientation
ChartDataLabels
  1.1 format position separator showBubbleSize showCategoryName showLegendKey showPercentage
  1.1 showSeriesName showValue
  1.8 autoText horizontalAlignment numberFormat textOrientation verticalAlignment
  1.9 linkNumberFormat
  1.19 geometricShapeType leaderLines showAsStickyCallout showLeaderLines
ChartLegend
  1.1 format overlay position visible
  1.7 height left legendEntries showShadow top width
ChartSeriesCollection
  1.1 count getItemAt
  1.4 getCount
  1.7 add
ChartSeries
  1.1 format name points
  1.7 chartType delete doughnutHoleSize filtered gapWidth hasDataLabels markerBackgroundColor
  1.7 markerForegroundColor markerSize markerStyle plotOrder setBubbleSizes setValues
  1.7 setXAxisValues showShadow smooth trendlines
  1.8 axisGroup dataLabels explosion firstSliceAngle invertIfNegative overlap secondPlotSize
  1.8 splitType varyByCategories
  1.9 binOptions boxwhiskerOptions bubbleScale gradientMaximumColor gradientMaximumType
  1.9 gradientMaximumValue gradientMidpointColor gradientMidpointType gradientMidpointValue
  1.9 gradientMinimumColor gradientMinimumType gradientMinimumValue gradientStyle invertColor
  1.9 mapOptions parentLabelStrategy showConnectorLines showLeaderLines splitValue xErrorBars
  1.9 yErrorBars
  1.12 getDimensionValues
  1.15 getDimensionDataSourceString getDimensionDataSourceType
NamedItemCollection
  1.1 getItem
  1.4 add addFormulaLocal getCount getItemOrNullObject
NamedItem
  1.1 getRange name type value visible
  1.4 comment delete getRangeOrNullObject scope worksheet worksheetOrNullObject
  1.7 arrayValues formula
  1.16 valueAsJson valueAsJsonLocal
`;

/** A requirement: an ExcelApi version such as "1.8", or "Desktop" / "Online" for other sets. */
export type Requirement = string;

const REQUIREMENTS: ReadonlyMap<string, ReadonlyMap<string, Requirement>> = parseTable(TABLE);

/** The requirement set of `className.member`, or undefined when Office.js has no such member. */
export function requirementOf(className: string, member: string): Requirement | undefined {
  return REQUIREMENTS.get(className)?.get(member);
}

/** Every class the table describes, with its members; tests compare it with the typings. */
export function requirementTable(): ReadonlyMap<string, ReadonlyMap<string, Requirement>> {
  return REQUIREMENTS;
}

/** The set's name as people write it: "ExcelApi 1.9", "ExcelApiDesktop 1.1", … */
export function requirementName(requirement: Requirement): string {
  if (requirement === "Desktop") return "ExcelApiDesktop 1.1";
  if (requirement === "Online") return "ExcelApiOnline 1.1";
  return `ExcelApi ${requirement}`;
}

/** True when a host supporting ExcelApi up to `supported` has `requirement`. */
export function isRequirementMet(requirement: Requirement, supported: string): boolean {
  if (requirement === "Desktop" || requirement === "Online") return false;
  return compareVersions(requirement, supported) <= 0;
}

/** Orders "1.10" after "1.9", as requirement sets are numbered. */
export function compareVersions(left: string, right: string): number {
  const a = left.split(".").map(Number);
  const b = right.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function parseTable(text: string): Map<string, Map<string, Requirement>> {
  const table = new Map<string, Map<string, Requirement>>();
  let members = new Map<string, Requirement>();
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      members = new Map();
      table.set(line.trim(), members);
      continue;
    }
    const [requirement = "", ...names] = line.trim().split(/\s+/);
    for (const name of names) members.set(name, requirement);
  }
  return table;
}
