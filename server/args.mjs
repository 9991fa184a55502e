// Command-line options for the Node servers: --host, --port, --root (also --name=value form).
// Precedence: command line, then environment (HOST, PORT), then defaults.

const KNOWN = new Set(["host", "port", "root"]);

/**
 * @param {string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 * @param {{ host: string, port: number, root: string }} defaults
 */
export function parseServerArgs(argv, env, defaults) {
  const given = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !KNOWN.has(match[1])) throw new Error(`Unknown option: ${argv[i]}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === "") throw new Error(`Missing value for --${match[1]}`);
    given[match[1]] = value;
  }
  const host = given.host ?? env.HOST ?? defaults.host;
  const port = parsePort(given.port ?? env.PORT ?? String(defaults.port));
  return { host, port, root: given.root ?? defaults.root };
}

function parsePort(text) {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`Invalid port: ${text}`);
  return port;
}

/** "http://127.0.0.1:5173/" — brackets IPv6 literals. */
export function formatUrl(host, port, scheme = "http") {
  const shown = host.includes(":") ? `[${host}]` : host;
  return `${scheme}://${shown}:${port}/`;
}
