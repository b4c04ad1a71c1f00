import { Body1, Button, Field, Select, Title1 } from "@fluentui/react-components";
import { isLanguage, LANGUAGES, type Language } from "../../core/language";
import type { HostInfo } from "../../office/host";
import { PANE_MESSAGES, type PaneMessages } from "../messages";
import { usePaneText } from "../pane-text";
import { useLayoutStyles } from "../styles";
import type { WorkbookControl } from "../use-workbook";
import { ActionStatus } from "./action-status";

interface PaneHeaderProps {
  host: HostInfo;
  control: WorkbookControl;
  onLanguage: (language: Language) => void;
}

/** The pane's title, where it runs, the language and the refresh from the workbook. */
export function PaneHeader({ host, control, onLanguage }: PaneHeaderProps) {
  const { text } = usePaneText();
  const styles = useLayoutStyles();
  return (
    <header className={styles.stack}>
      <Title1 as="h1" className={styles.flat}>
        {text.app.title}
      </Title1>
      <Body1 as="p" className={styles.flat}>
        {text.app.intro}
      </Body1>
      <Body1 as="p" role="status" className={styles.flat}>
        {hostSentence(host, text)}
      </Body1>
      <div className={styles.row}>
        <LanguageSelect onLanguage={onLanguage} />
        {host.kind === "excel" && (
          <Button
            disabled={control.work.busy !== null}
            onClick={() => {
              void control.refresh();
            }}
          >
            {text.refresh.button}
          </Button>
        )}
      </div>
      <ActionStatus action="refresh" control={control} />
    </header>
  );
}

function LanguageSelect({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const { text, language } = usePaneText();
  return (
    <Field label={{ children: text.app.language, htmlFor: "ak-language" }} orientation="horizontal">
      <Select
        id="ak-language"
        value={language}
        onChange={(_, data) => {
          if (isLanguage(data.value)) onLanguage(data.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {PANE_MESSAGES[code].languageName}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function hostSentence(host: HostInfo, text: PaneMessages): string {
  switch (host.kind) {
    case "excel":
      return text.app.excelReady;
    case "outside-office":
      return text.app.outsideOffice;
    case "other-host":
      return text.app.otherHost(host.host);
  }
}
