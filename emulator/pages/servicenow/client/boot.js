// Starts the Agent Workspace page from its JSON options: a file, not an inline script, so
// that the pages' CSP allows scripts from this origin only (issue 23, finding 9).
import { startWorkspace } from '/assets/build/servicenow/workspace.js';

const options = JSON.parse(document.getElementById('workspace-options').textContent);
startWorkspace(options);
