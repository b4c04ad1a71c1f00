import { createRoot } from "react-dom/client";
import { detectHost } from "../office/host";
import { App } from "./app";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) {
    throw new Error("taskpane.html has no element with id 'root'");
  }
  const host = await detectHost();
  createRoot(container).render(<App host={host} browserLanguage={navigator.language} />);
}

void start();
