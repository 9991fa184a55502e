// npm start [-- --host 0.0.0.0 --port 8080 | --lan]: a production build of the app (no
// type-check: that is the tests' job), then the server for it (server/serve.mjs).

import { build } from "vite";
import { runCli } from "../server/serve.mjs";

console.log("Building the app (this takes a minute or two the first time)…");
const started = performance.now();
try {
  await build({ logLevel: "error" });
} catch (error) {
  console.error(`The build failed, so the server was not started:\n${error?.message ?? error}`);
  process.exit(1);
}
console.log(`Built in ${Math.round((performance.now() - started) / 1000)} s. Starting the server…`);
await runCli(process.argv.slice(2));
console.log("Press Ctrl+C to stop it.");
