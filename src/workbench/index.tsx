import { createRoot } from "react-dom/client";
import { defaultCatalogue } from "../core/catalogue";
import type { Language } from "../core/language";
import { detectHost, type HostInfo } from "../office/host";
import { workbenchLanguage } from "./messages";
import { Workbench } from "./ui/workbench";

const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-US" };

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error("the workbench page has no element with id 'root'");
  const language = workbenchLanguage(window.location.search, navigator.language);
  // The pane's own start-up: office.js from localhost answers that there is no Office host.
  const detected = await detectHost();
  keepOfficeTelemetryOffline();
  createRoot(container).render(
    <Workbench
      host={workbenchHost(detected, language)}
      catalogue={defaultCatalogue()}
      language={language}
      browserLanguage={LOCALES[language]}
    />,
  );
}

// Outside Office the pane would only say that it needs Excel; here the in-memory workbook
// stands in for Excel, so the pane is told it runs in Excel on the "workbench" platform.
function workbenchHost(detected: HostInfo, language: Language): HostInfo {
  if (detected.kind === "excel") return detected;
  return { kind: "excel", platform: "workbench", displayLanguage: LOCALES[language] };
}

// office.js, once ready, opens a hidden frame to Microsoft's telemetry service after three
// seconds. The workbench is a local tool on machines without internet and must not reach out,
// so its logger gets a frame of its own that is never attached: office.js then sees a frame
// in place and loads none; the log lines it buffers go nowhere.
function keepOfficeTelemetryOffline(): void {
  const osf = (window as unknown as { OSF?: { Logger?: { ulsEndpoint?: unknown } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint as { proxyFrame?: unknown } | null | undefined;
  if (endpoint && endpoint.proxyFrame === null) {
    endpoint.proxyFrame = document.createElement("iframe");
  }
}

void start();
