import type { MessageFile } from "./index";

/** Dutch problem messages, the default language. `{name}` is replaced by that parameter. */
export const nl: MessageFile = {
  problems: {
    "file-not-object": "Het bestand bevat geen JSON-object.",
    "file-format": 'Dit is geen bestand van het type {expected}: "format" is {found}.',
    "file-version-newer":
      "Dit bestand heeft versie {found} en is gemaakt met een nieuwere versie " +
      "van de invoegtoepassing; " +
      "deze versie leest versie {expected}. Werk de invoegtoepassing bij.",
    "file-version": "Versie {found} wordt niet ondersteund; verwacht wordt versie {expected}.",
    "schema-missing": '"{field}" ontbreekt.',
    "schema-type": "Verwacht: {expected}; gevonden: {found}.",
    "schema-empty": "Deze tekst is leeg.",
    "schema-too-few": "Er zijn minstens {minimum} elementen nodig.",
    "schema-too-small": "Moet minstens {minimum} zijn.",
    "schema-too-small-exclusive": "Moet groter zijn dan {minimum}.",
    "schema-too-long": "Te lang: hoogstens {maximum} tekens.",
    "schema-too-big": "Mag hoogstens {maximum} zijn.",
    "schema-format": "Niet in de verwachte vorm ({format}).",
    "schema-value": "Moet een van deze waarden zijn: {values}.",
    "schema-unknown-key": 'Onbekend veld "{key}": controleer de spelling; het werd niet gelezen.',
    "schema-invalid": "Geen geldige waarde op deze plaats.",
    "catalogue-goal-duplicate": "Doelstelling {letter} komt meer dan eens voor.",
    "catalogue-strategy-duplicate": "Strategienummer {number} komt meer dan eens voor.",
    "catalogue-strategy-goal-duplicate":
      "Strategie {number} vermeldt doelstelling {letter} twee keer.",
    "catalogue-strategy-unknown-goal":
      "Strategie {number} ondersteunt doelstelling {letter}, maar die doelstelling bestaat niet.",
    "catalogue-indicator-unknown-goal":
      "Indicator {id} hoort bij doelstelling {letter}, maar die doelstelling bestaat niet.",
    "catalogue-goal-unsupported": "Geen enkele strategie ondersteunt doelstelling {letter}.",
    "catalogue-indicator-duplicate": "Indicatorcode {id} komt meer dan eens voor.",
    "catalogue-category-duplicate": "Productcategorie {id} komt meer dan eens voor.",
    "goals-missing": "Kies minstens één doelstelling.",
    "goal-unknown":
      "Doelstelling {letter} staat niet op de ambitiekaart (de doelstellingen zijn {known}).",
    "goal-duplicate": "Doelstelling {letter} is meer dan eens gekozen.",
    "strategy-unknown": "Strategie {number} staat niet op de ambitiekaart.",
    "strategy-not-supporting":
      "Strategie {number} ondersteunt doelstelling {goal} niet, wel {supported}.",
    "strategy-duplicate": "Strategie {number} is twee keer gekozen voor doelstelling {goal}.",
    "goal-without-strategy": "Doelstelling {goal} heeft geen strategie: kies er minstens één.",
    "goal-without-indicator":
      "Doelstelling {goal} heeft geen indicator: kies er een om ze te meten.",
    "indicator-unknown": "Indicator {id} staat niet in de indicatorentabel.",
    "indicator-wrong-goal":
      "Indicator {id} hoort bij doelstelling {indicatorGoal}, niet bij doelstelling {goal}.",
    "indicator-id-and-custom":
      "Indicator {id} komt uit de indicatorentabel, die de {field} bepaalt; " +
      "laat de {field} of de code weg.",
    "indicator-custom-no-name": "Deze eigen indicator heeft geen naam.",
    "indicator-custom-no-unit": "Eigen indicator {name} heeft geen eenheid.",
    "indicator-custom-no-direction":
      'Eigen indicator {name} zegt niet of hoger of lager beter is ("direction").',
    "indicator-direction-invalid": 'Richting {value} is niet "higher" of "lower".',
    "measurement-not-number": "De {field} {value} is geen getal.",
    "measurement-percent-range": "De {field} {value} % ligt buiten 0–100 %.",
    "measurement-negative": "De {field} {value} {unit} kan niet negatief zijn.",
    "date-invalid": "{value} is geen datum van de vorm JJJJ-MM-DD.",
    "contract-dates-order": "Het contract eindigt ({end}) voor het begint ({start}).",
    "project-name-missing": "Het project heeft geen naam.",
    "category-missing": "Er is geen productcategorie gekozen.",
    "category-unknown": "Productcategorie {id} staat niet in de catalogus.",
    "single-goal":
      "Er is maar één doelstelling gekozen; de methode raadt er meerdere aan, " +
      "wat de kans op succes vergroot.",
    "single-strategy":
      "Doelstelling {goal} heeft maar één strategie; meer strategieën per doelstelling " +
      "vergroten de impact.",
    "contract-no-improvement":
      "De contractwaarde {contract} is geen verbetering ten opzichte van de nulmeting " +
      "{baseline} ({direction}).",
    "end-values-missing":
      "Het contract liep af op {end}, maar deze indicator heeft nog geen waarde " +
      "bij einde contract.",
    "strategy-shared": "Strategie {number} ondersteunt ook de gekozen {goals}.",
    "excel-failed":
      "Excel kon de actie niet afronden: {reason}. Er ging niets verloren van wat getypt werd; " +
      "probeer opnieuw. (Detail: {detail})",
    "build-blocked-unreadable":
      "De werkmap bevat een waarde die de invoegtoepassing niet kan lezen; verbeter eerst de " +
      "vermelde cellen, zodat niets wat getypt werd overschreven wordt.",
    "workbook-not-ambitiekaart":
      "Deze werkmap heeft nog geen tabellen van de ambitiekaart; " +
      "bouw eerst de bladen van het project.",
    "workbook-layout-newer":
      "Deze bladen hebben opmaakversie {found}, geschreven door een nieuwere versie van de " +
      "invoegtoepassing; deze versie leest versie {expected}. Werk de invoegtoepassing bij.",
    "table-missing": "Tabel {table} ontbreekt in de werkmap.",
    "column-missing": "Tabel {table} heeft geen kolom {column}.",
    "cell-not-number":
      "{value} is geen getal; typ een getal, of maak de cel leeg als het nog niet bekend is.",
    "cell-not-date": "{value} is geen datum; typ ze als JJJJ-MM-DD.",
    "row-blank": "Een lege rij in tabel {table} werd overgeslagen.",
    "card-label-unknown":
      "Rij {label} van de projectkaart is geen gegeven dat de invoegtoepassing kent, en " +
      "bijwerken zou ze overschrijven: verplaats ze eerst uit de tabel (naar een ander blad, " +
      "bijvoorbeeld).",
    "row-outside-table":
      "Rij {row} staat onder tabel {table}, buiten de tabel; ze wordt gelezen als een rij " +
      "van de tabel, en bijwerken neemt ze op in de tabel zodat niets wat er getypt is " +
      "overschreven wordt.",
    "cell-number-as-text":
      "Het getal {value} in een tekstkolom wordt gelezen als de tekst {value}.",
    "cell-percent-typed":
      "Deze cel bevat {value}, getypt als {shown}; is de eenheid %, typ dan het getal zonder " +
      "het %-teken.",
    "formula-changed":
      "Deze cel hoort de formule van de invoegtoepassing te bevatten maar bevat {value}; " +
      "herstellen zet de formule terug.",
    "formulas-changed":
      "{count} cellen van dit blad horen formules van de invoegtoepassing te bevatten maar " +
      "bevatten iets anders; herstellen zet de formules terug.",
    "sheet-missing":
      "Het blad {sheet} van de invoegtoepassing ontbreekt, zodat wat ervan afhangt niet " +
      "werkt; herstellen maakt het opnieuw aan.",
    "table-renamed":
      "Tabel {found} lijkt de tabel {table} van de invoegtoepassing onder een andere naam; " +
      "de invoegtoepassing vindt haar tabellen op naam. Geef ze de naam {table} terug " +
      "(Tabelontwerp > Tabelnaam), of laat het venster de bladen herstellen.",
    "text-too-long":
      "Deze tekst heeft {length} tekens; een cel in Excel bevat er hoogstens {maximum}.",
    "table-place-taken":
      "Tabel {table} hoort vanaf {start} te staan, waar de formules en grafieken van de " +
      "invoegtoepassing naar verwijzen, maar deze cel daar is niet leeg. Bijwerken zou ze " +
      "overschrijven: verplaats wat hier staat, of zet de tabel zelf terug, en werk dan bij.",
    "repair-refused":
      "De bladen kunnen nu niet veilig hersteld worden: verbeter eerst de vermelde cellen, " +
      "zodat niets wat getypt is overschreven wordt.",
    "row-kept-from-pane":
      "Deze rij staat niet meer in de werkmap maar wel nog in het venster, dus bijwerken " +
      "schrijft ze terug; verwijder ze hier als ze weg moet.",
    "merge-conflict":
      "Deze cel werd gewijzigd in de werkmap ({workbook}) en in het venster ({pane}); " +
      "de waarde uit de werkmap werd behouden.",
  },
  words: {
    "excel-AccessDenied": "een blad is beveiligd of de werkmap is alleen-lezen",
    "excel-InvalidArgument": "Excel weigerde een waarde of een adres",
    "excel-ItemAlreadyExists": "er bestaat al iets met die naam",
    "excel-ItemNotFound": "een blad, tabel of naam die de invoegtoepassing nodig heeft ontbreekt",
    "excel-RequestPayloadSizeLimitExceeded": "de wijziging is te groot voor Excel op het web",
    "excel-ApiNotFound":
      "deze versie van Excel mist een functie die de invoegtoepassing nodig heeft",
    "excel-password":
      "een blad is beveiligd met een wachtwoord; hef de beveiliging op " +
      "(Controleren > Beveiliging blad opheffen)",
    "excel-other": "Excel meldde een fout",
    baseline: "nulmeting",
    contract: "contractwaarde",
    end: "waarde bij einde contract",
    higher: "hoger is beter",
    lower: "lager is beter",
    goal: "doelstelling",
    goals: "doelstellingen",
    name: "naam",
    unit: "eenheid",
    direction: "richting",
    text: "tekst",
    number: "een getal",
    integer: "een geheel getal",
    boolean: "waar of onwaar",
    list: "een lijst",
    object: "een object",
    nothing: "niets",
    null: "null",
    "format-goal-letter": "één hoofdletter",
    "format-indicator-id": "letters en cijfers, hoogstens 20",
    "format-category-id": "kleine letters, cijfers en koppeltekens",
    "catalogue-file": "ambitiekaartcatalogus",
    "project-file": "ambitiekaartproject",
  },
};
