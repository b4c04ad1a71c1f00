import { formulaFromR1C1, formulaToR1C1 } from "../../../src/core/util/r1c1";

describe("formulaToR1C1", () => {
  it("writes relative rows and absolute columns as Excel does", () => {
    expect(formulaToR1C1('=IF(ISNUMBER($E7),$E7-$F7,"")', 6, 12)).toBe(
      '=IF(ISNUMBER(RC5),RC5-RC6,"")',
    );
    expect(formulaToR1C1("=A1+$B$2+C3", 2, 2)).toBe("=R[-2]C[-2]+R2C2+RC");
  });

  it("handles sheet names, whole columns, ranges and rows", () => {
    const formula = "=INDEX(Catalogus!$M:$M,MATCH($B7,'Mijn blad'!$A$2:$A$9,0))+SUM(3:4)";
    expect(formulaToR1C1(formula, 6, 0)).toBe(
      "=INDEX(Catalogus!C13,MATCH(RC2,'Mijn blad'!R2C1:R9C1,0))+SUM(R[-4]:R[-3])",
    );
  });

  it("leaves strings, function names and numbers alone", () => {
    const formula = '=IF(LOG10(A1)>2,"A1 en $B$2",1000)&NA()';
    expect(formulaToR1C1(formula, 0, 0)).toBe('=IF(LOG10(RC)>2,"A1 en $B$2",1000)&NA()');
  });
});

describe("formulaFromR1C1", () => {
  it("turns every form back into A1 at the given cell", () => {
    expect(formulaFromR1C1('=IF(ISNUMBER(RC5),RC5-RC6,"")', 6, 12)).toBe(
      '=IF(ISNUMBER($E7),$E7-$F7,"")',
    );
    expect(formulaFromR1C1("=R[-2]C[-2]+R2C2+RC", 2, 2)).toBe("=A1+$B$2+C3");
    expect(formulaFromR1C1("=INDEX(Catalogus!C13,R[-4]:R[-3],C[1]:C[2])", 6, 0)).toBe(
      "=INDEX(Catalogus!$M:$M,3:4,B:C)",
    );
  });

  it("gives the same formula a row further down one row further down", () => {
    expect(formulaFromR1C1("=R[-1]C+1", 9, 0)).toBe("=A9+1");
    expect(formulaFromR1C1("=R[-1]C+1", 10, 0)).toBe("=A10+1");
  });

  it("writes #REF! for a reference off the sheet and keeps text and functions", () => {
    expect(formulaFromR1C1("=R[-1]C+1", 0, 0)).toBe("=#REF!+1");
    expect(formulaFromR1C1('=ROUND(RC[1],2)&"RC"&COUNTIFS(C1,"x")', 0, 0)).toBe(
      '=ROUND(B1,2)&"RC"&COUNTIFS($A:$A,"x")',
    );
  });

  it("round-trips A1 formulas", () => {
    const formulas = [
      '=IF(AND(ISNUMBER($E7),ISNUMBER($G7)),$G7-$E7,"")',
      '=IFERROR(AVERAGEIFS(Indicatoren!$M:$M,Indicatoren!$A:$A,$A6),"")',
      "='Mijn ''blad'!$A7&\" \"&'Mijn ''blad'!$B7",
    ];
    for (const formula of formulas) {
      expect(formulaFromR1C1(formulaToR1C1(formula, 6, 20), 6, 20)).toBe(formula);
    }
  });
});
