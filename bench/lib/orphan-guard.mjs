/**
 * Preloaded with `node --import` into gateways the bench did not write (Rung's CLI, Portkey): when the bench's
 * IPC channel closes because the bench exited or was killed, the gateway exits too instead of holding its port.
 * It changes nothing else in the process.
 */
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(0));
}
