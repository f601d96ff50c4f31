/**
 * Helpers for the bench's own child processes (fake upstream, bare proxy): the port flag, and exiting when the
 * bench that started them goes away, even if it was killed with SIGKILL and could not clean up.
 */

/**
 * Reads `--port=N` (or `--port N`) from argv; 0 (any free port) when absent.
 * @example parsePortFlag(['node', 'x.mjs', '--port=8080']) // 8080
 */
export function parsePortFlag(argv) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) return 0;
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  return Number(value);
}

/**
 * Exits when the parent's IPC channel closes (the parent exited or was killed). The channel is unreferenced so
 * it never keeps the process alive by itself.
 * @example exitWithParent(() => server.close())
 */
export function exitWithParent(onExit = () => {}) {
  const stop = () => {
    onExit();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (process.channel) {
    process.channel.unref();
    process.on('disconnect', stop);
  }
}
