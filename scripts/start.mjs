// npm start [-- --host 0.0.0.0 --port 8080]: production build, then serve dist/.

import { spawnSync } from "node:child_process";
import { runCli } from "../server/serve.mjs";

const build = spawnSync("npm", ["run", "build"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (build.status !== 0) {
  console.error(`Build failed (exit ${build.status ?? build.signal}); not starting the server.`);
  process.exit(build.status || 1);
}
await runCli(process.argv.slice(2));
