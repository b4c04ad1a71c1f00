/** The task pane's Dutch texts. Every other language's file has exactly this shape. */
export const nl = {
  /** The language's own name, as the language switch shows it. */
  languageName: "Nederlands",
  app: {
    title: "Ambitiekaart",
    intro:
      "Leg de doelstellingen, strategieën en indicatoren van je circulaire aankoopproject " +
      "vast in deze werkmap en volg ze op.",
    excelReady: "Verbonden met Excel: klaar.",
    outsideOffice:
      "Dit venster draait buiten Excel: je kunt de stappen verkennen, maar geen werkmap " +
      "lezen of bouwen. Open het vanuit Excel: laad het manifest (sideloaden) en kies " +
      "Ambitiekaart op het tabblad Start.",
    otherHost: (host: string) =>
      `Ambitiekaart werkt alleen in Excel, niet in ${host}. Je kunt de stappen verkennen, ` +
      "maar geen werkmap bouwen.",
    language: "Taal",
    loading: "Laden…",
  },
  steps: {
    start: "Begin",
    card: "Projectkaart",
    goals: "Doelstellingen",
    strategies: "Strategieën",
    indicators: "Indicatoren",
    review: "Nakijken en bouwen",
  },
  nav: {
    label: "Stappen",
    item: (position: number, name: string) => `${position}. ${name}`,
    back: (name: string) => `Vorige: ${name}`,
    next: (name: string) => `Volgende: ${name}`,
  },
  start: {
    intro:
      "Begin een nieuw aankoopproject, of open het project dat al in deze werkmap staat. " +
      "Wat stakeholders in de bladen typten, blijft behouden.",
    newProject: "Nieuw project",
    discardQuestion:
      "Dit begint een leeg project in het venster; wat nu in het venster staat en nog niet " +
      "naar de werkmap geschreven is, gaat verloren. De werkmap zelf verandert niet.",
    discard: "Weggooien en opnieuw beginnen",
    keepEditing: "Verder bewerken",
    openProject: "Project uit deze werkmap openen",
    needsExcel: "Een project openen kan alleen in Excel; hier kun je de stappen verkennen.",
  },
  card: {
    intro: "Wat koop je, voor wie en hoe lang loopt het contract?",
    fields: {
      name: "Projectnaam",
      organisation: "Organisatie",
      productCategory: "Productcategorie",
      product: "Product",
      buyer: "Aankoper",
      contractStart: "Start van het contract",
      contractEnd: "Einde van het contract",
    },
    personFields: { name: "naam", role: "rol" },
    dateHint: "Een datum: typ hem of kies hem in de kalender",
    noCategory: "(geen categorie gekozen)",
    unknownCategory: (id: string) => `${id} (niet in de catalogus)`,
    stakeholders: "Stakeholders",
    noStakeholders: "Nog geen stakeholders.",
    stakeholderRow: (number: number) => `Stakeholder ${number}`,
    stakeholderName: (number: number) => `Naam van stakeholder ${number}`,
    stakeholderRole: (number: number) => `Rol van stakeholder ${number}`,
    addStakeholder: "Stakeholder toevoegen",
    removeStakeholder: (number: number) => `Stakeholder ${number} verwijderen`,
  },
  goals: {
    intro:
      "Kies de circulaire doelstellingen van het project. Meerdere doelstellingen " +
      "vergroten de kans op succes.",
    phases: {
      input: "Input: wat je aankoopt",
      use: "Gebruik",
      output: "Output: na het gebruik",
    },
    label: (letter: string, name: string) => `${letter}. ${name}`,
    singleGoal:
      "Je koos één doelstelling. De methode raadt er meerdere aan: dat vergroot de kans " +
      "op succes.",
    notOnMap: "Niet op deze ambitiekaart",
    unknownName: "niet op deze ambitiekaart",
  },
  strategies: {
    intro:
      "Kies per doelstelling de strategieën die haar ondersteunen. Meer strategieën per " +
      "doelstelling vergroten de impact.",
    noGoals: "Kies eerst een of meer doelstellingen.",
    goalHeading: (letter: string, name: string) => `Doelstelling ${letter}: ${name}`,
    label: (number: number, name: string) => `${number}. ${name}`,
    alsoSupports: (letters: readonly string[]) =>
      `Ondersteunt ook ${letters.length === 1 ? "doelstelling" : "doelstellingen"} ` +
      letters.join(", "),
    notSupporting: (letter: string) => `Ondersteunt doelstelling ${letter} niet.`,
    unknown: "niet op deze ambitiekaart",
    note: (number: number) => `Notitie bij strategie ${number}`,
  },
  indicators: {
    intro:
      "Kies per doelstelling een eenduidige, meetbare indicator en vul de nulmeting, de " +
      "contractwaarde en de waarde op het einde van het contract in.",
    noIndicators: "Nog geen indicator voor deze doelstelling.",
    pick: (letter: string) => `Indicator uit de indicatorentabel voor doelstelling ${letter}`,
    pickNone: "(kies een indicator)",
    allPicked: "(alle indicatoren van de tabel zijn gekozen)",
    option: (id: string, name: string, unit: string) => `${id}. ${name} (${unit})`,
    add: "Indicator toevoegen",
    addCustom: "Eigen indicator toevoegen",
    definition: "Definitie",
    fields: {
      name: "Naam van de indicator",
      unit: "Eenheid",
      direction: "Richting",
      baseline: "Nulmeting",
      baselineDate: "Datum nulmeting",
      contract: "Contractwaarde",
      end: "Einde contract",
      endDate: "Datum einde contract",
      evidence: "Bewijs",
    },
    directions: { higher: "hoger is beter", lower: "lager is beter" },
    directionNone: "(kies een richting)",
    catalogueTitle: (id: string, name: string) => `${id}. ${name}`,
    customTitle: (name: string) => `Eigen indicator: ${name}`,
    untitled: "Eigen indicator zonder naam",
    unknownId: (id: string) => `${id} (niet in de indicatorentabel)`,
    remove: (title: string) => `Verwijder ${title}`,
    inUnit: (unit: string) => `In ${unit}`,
    notANumber: "Dit is geen getal. Typ bijvoorbeeld 12,5.",
    progress: (percent: string, status: string) => `Voortgang: ${percent} (${status})`,
    noProgress: (status: string) => `Voortgang: nog niet te berekenen (${status})`,
    statuses: {
      incomplete: "onvolledig",
      running: "loopt",
      achieved: "behaald",
      "partly-achieved": "deels behaald",
      "not-achieved": "niet behaald",
    },
  },
  review: {
    intro:
      "Kijk het project na. Kies een probleem om naar het veld te gaan. Zolang er een fout " +
      "is, kan de werkmap niet gebouwd worden.",
    noProblems: "Geen problemen gevonden.",
    problems: (count: number) => (count === 1 ? "1 probleem" : `${count} problemen`),
    notANumber: (goal: string, position: number, field: string, typed: string) =>
      `Doelstelling ${goal}, indicator ${position}: ${field} “${typed}” is geen getal.`,
    build: "Werkmap bouwen",
    update: "Werkmap bijwerken",
    ready: "Klaar om de bladen te schrijven.",
    blocked: "Los eerst de fouten op; daarna kan de werkmap gebouwd worden.",
    needsExcel: "De werkmap bouwen kan alleen in Excel; hier kun je de stappen verkennen.",
  },
  work: {
    busy: {
      read: "Excel leest de werkmap…",
      build: "Excel schrijft de werkmap…",
      refresh: "Excel leest de werkmap opnieuw…",
      repair: "Excel herstelt de bladen…",
    },
    opened: (name: string) => `Project “${name}” gelezen uit de werkmap.`,
    nothingOpened: "Er is geen project gelezen.",
    built: (sheets: readonly string[], cells: number) =>
      `Werkmap bijgewerkt: bladen ${sheets.join(", ")}; ${cells} ` +
      `${cells === 1 ? "cel" : "cellen"} geschreven.`,
    upToDate: (sheets: readonly string[]) =>
      `De bladen ${sheets.join(", ")} waren al bijgewerkt; er is niets geschreven.`,
    problemsFound: (count: number) => (count === 1 ? "1 opmerking:" : `${count} opmerkingen:`),
  },
  refresh: {
    button: "Vernieuwen uit werkmap",
    nothingRead: "Er is niets gelezen.",
    noChanges: "De werkmap en het venster stemmen overeen; er is niets veranderd.",
    changed: (count: number) =>
      count === 1
        ? "1 waarde veranderd in de werkmap:"
        : `${count} waarden veranderd in de werkmap:`,
    change: (where: string, before: string, after: string) => `${where}: ${before} → ${after}`,
    goal: (letter: string) => `Doelstelling ${letter}`,
    strategy: (letter: string, number: number) => `Doelstelling ${letter}, strategie ${number}`,
    indicator: (letter: string, name: string) => `Doelstelling ${letter}, indicator ${name}`,
    chosen: "gekozen",
    note: "notitie",
    yes: "ja",
    no: "nee",
    empty: "(leeg)",
  },
  catalogue: {
    heading: "Ambitiekaart (catalogus)",
    current: (name: string) => `In gebruik: ${name}.`,
    file: "Eigen catalogus inlezen (JSON-bestand)",
    hint: "Een catalogus met een probleem wordt niet ingelezen; de huidige blijft dan in gebruik.",
    imported: (name: string, goals: number, strategies: number, indicators: number) =>
      `Catalogus “${name}” ingelezen: ${goals} doelstellingen, ${strategies} strategieën, ` +
      `${indicators} indicatoren.`,
    refused: (file: string, count: number) =>
      `${file} is niet ingelezen (${count === 1 ? "1 probleem" : `${count} problemen`}); ` +
      "de vorige catalogus blijft in gebruik.",
    notJson: (file: string) =>
      `${file} is geen leesbaar JSON-bestand; de vorige catalogus blijft in gebruik.`,
    sheet: "Inlezen uit het catalogusblad",
    sheetHint: "Uw eigen kaart, getypt of geplakt in het catalogusblad van deze werkmap.",
    sheetSource: "Het catalogusblad",
  },
  repair: {
    offer: "De invoegtoepassing kan de bladen herstellen. Dat verandert:",
    formulas: (count: number, cells: string) =>
      `${count === 1 ? "1 formule" : `${count} formules`} teruggezet (${cells})`,
    sheets: (names: string) => `blad ${names} opnieuw aangemaakt`,
    rows: (cells: string) => `rij ${cells} opgenomen in de tabel`,
    table: (from: string, to: string) => `tabel ${from} krijgt weer de naam ${to}`,
    kept: "Elke waarde die in de bladen getypt is, blijft zoals ze is.",
    button: "Bladen herstellen",
    done: (cells: number) =>
      `Bladen hersteld; ${cells} ${cells === 1 ? "cel" : "cellen"} geschreven.`,
    more: (count: number) => `en ${count} andere`,
  },
  errors: {
    title: {
      read: "Excel kon de werkmap niet lezen",
      build: "Excel kon de werkmap niet bijwerken",
      refresh: "Excel kon de werkmap niet opnieuw lezen",
      repair: "Excel kon de bladen niet herstellen",
    },
    reason: (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
    unexpected: "Er ging iets mis in de invoegtoepassing.",
    unchanged: {
      read: "Het venster is niet veranderd.",
      build: "Wat je in het venster typte, staat er nog; probeer het opnieuw.",
      refresh: "Het venster is niet veranderd.",
      repair: "Er is niets veranderd in de werkmap of in het venster.",
    },
    detail: "Technische details",
    dismiss: "Sluiten",
  },
  severity: { error: "Fout", warning: "Waarschuwing", info: "Info" },
  problems: { workbook: "werkmap" },
};

/** The shape of the pane's texts in any language. */
export type PaneMessages = typeof nl;
