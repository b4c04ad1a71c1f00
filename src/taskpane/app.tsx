import {
  Body1,
  FluentProvider,
  makeStyles,
  Title2,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostInfo } from "../office/host";
import { MESSAGES, paneLanguage, type PaneMessages } from "./messages";

const useStyles = makeStyles({
  pane: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  // The flex gap spaces the blocks; the browser margins of h1 and p would double it.
  block: { margin: 0 },
});

/** What the task pane needs to know to render. */
export interface AppProps {
  host: HostInfo;
  /** The browser's language tag, used only when Office gives no display language. */
  browserLanguage: string;
}

/** The task pane: a heading, what the add-in is for, and whether it is connected to Excel. */
export function App({ host, browserLanguage }: AppProps) {
  const language = paneLanguage(host, browserLanguage);
  const messages = MESSAGES[language];
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.pane}>
        <Title2 as="h1" className={styles.block}>
          {messages.heading}
        </Title2>
        <Body1 as="p" className={styles.block}>
          {messages.intro}
        </Body1>
        <HostStatus host={host} messages={messages} />
      </main>
    </FluentProvider>
  );
}

function HostStatus({ host, messages }: { host: HostInfo; messages: PaneMessages }) {
  const styles = useStyles();
  return (
    <Body1 as="p" role="status" className={styles.block}>
      {hostSentence(host, messages)}
    </Body1>
  );
}

function hostSentence(host: HostInfo, messages: PaneMessages): string {
  switch (host.kind) {
    case "excel":
      return messages.excelReady;
    case "outside-office":
      return messages.outsideOffice;
    case "other-host":
      return messages.otherHost(host.host);
  }
}
