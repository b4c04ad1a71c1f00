import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import type { Example } from "../examples";
import type { WorkbenchMessages } from "../messages";

/** Load an example, start an empty workbook, download the workbook as .xlsx. */
export function Toolbar(props: {
  text: WorkbenchMessages;
  examples: Example[];
  onExample: (example: Example) => void;
  onNew: () => void;
  onDownload: () => void;
}) {
  const { text, examples, onExample, onNew, onDownload } = props;
  return (
    <div role="toolbar" aria-label={text.toolbar} className="wb-toolbar">
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button>{text.loadExample}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {examples.map((example) => (
              <MenuItem
                key={example.file}
                onClick={() => {
                  onExample(example);
                }}
              >
                {example.label === example.file
                  ? text.exampleWithErrors(example.file)
                  : example.label}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button onClick={onNew}>{text.newWorkbook}</Button>
      <Button appearance="primary" onClick={onDownload}>
        {text.download}
      </Button>
    </div>
  );
}
