import { isIsoDate } from "./dates";

const DAY_MS = 86_400_000;
// Excel's day 0 is 1899-12-30 for every date from 1900-03-01 on: its calendar keeps the
// 29 February 1900 that never was, so earlier serials are off by one and are not used here.
const EPOCH = Date.UTC(1899, 11, 30);
const FIRST_SAFE_SERIAL = 61;
const LAST_SERIAL = 2_958_465; // 9999-12-31

/** The serial number Excel stores for an ISO date; null for dates it cannot hold. */
export function isoToSerial(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const serial = (Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS;
  return serial >= FIRST_SAFE_SERIAL && serial <= LAST_SERIAL ? serial : null;
}

/** The ISO date of a serial number; null for a fraction or a number outside the calendar. */
export function serialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < FIRST_SAFE_SERIAL || serial > LAST_SERIAL) return null;
  return new Date(EPOCH + serial * DAY_MS).toISOString().slice(0, 10);
}

export const EXCEL_LAST_DATE_SERIAL = LAST_SERIAL;
export const EXCEL_FIRST_DATE_SERIAL = FIRST_SAFE_SERIAL;
