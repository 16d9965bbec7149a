// The fake plugin as a module a config can name by path (`plugins: [".../dist/testing/fake-plugin-module.js"]`),
// for tests that run the built CLI in a child process. Scripted entirely by its config sections.
import { createFakePlugin } from "./fake-plugin.js";

/** The config-scripted fake plugin. */
const fakePlugin = createFakePlugin();

export default fakePlugin;
