import { createRoot } from "react-dom/client";
import type { Catalogue } from "../core/catalogue/schema";
import { officeExcelHost } from "../office/excel-host";
import { detectHost } from "../office/host";
import { App } from "./app";
import { createWorkbookService } from "./workbook-service";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) {
    throw new Error("taskpane.html has no element with id 'root'");
  }
  // The catalogue and its checks load while office.js is getting ready, not before it.
  const [host, catalogue] = await Promise.all([detectHost(), loadDefaultCatalogue()]);
  const service = createWorkbookService(officeExcelHost);
  createRoot(container).render(
    <App
      host={host}
      service={service}
      catalogue={catalogue}
      browserLanguage={navigator.language}
    />,
  );
}

async function loadDefaultCatalogue(): Promise<Catalogue> {
  const { defaultCatalogue } = await import(
    /* webpackChunkName: "catalogue" */ "../core/catalogue"
  );
  return defaultCatalogue();
}

void start();
