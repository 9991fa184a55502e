// Command-line options of the benchmark scripts: `--name value`.

/** option(name, fallback): the value after `--name` in argv, or fallback. */
export function optionReader(argv) {
  return (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
}
