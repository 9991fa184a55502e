// Re-runs this process inside a new network namespace that has only loopback
// (`unshare -n`, then `ip link set lo up`), so every ICE candidate is
// 127.0.0.1 and nothing can reach the machine's other interfaces.
import { spawn } from "node:child_process";

const FLAG = "TOC_BENCH_NETNS";

/**
 * Returns "inside" when already in the namespace, "none" when it cannot be made (not root,
 * or --no-netns), and otherwise does not return: the re-executed child's exit code ends us.
 * @param {string[]} argv
 */
export async function enterLoopbackNamespace(argv) {
  if (process.env[FLAG] === "1") return "inside";
  if (argv.includes("--no-netns")) return "none";
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    console.warn(
      "Not root: running without a loopback-only network namespace (ICE may use other interfaces).",
    );
    return "none";
  }
  const child = spawn(
    "unshare",
    [
      "-n",
      "--",
      "sh",
      "-c",
      'ip link set lo up && exec "$0" "$@"',
      process.execPath,
      ...process.execArgv,
      process.argv[1],
      ...argv,
    ],
    { stdio: "inherit", env: { ...process.env, [FLAG]: "1" } },
  );
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await new Promise((resolve) => {
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`Could not run unshare: ${error.message}`);
      resolve(1);
    });
  });
  process.exit(code);
}
