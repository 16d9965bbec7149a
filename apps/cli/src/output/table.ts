// The table renderer lives in core (text views); re-exported for the commands that import it here.
export { renderTable, truncate } from "@benchloop/core";
