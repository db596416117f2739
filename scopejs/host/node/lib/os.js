'use strict';
// node:os — what a pure engine can report about the machine.
let info;
const i = () => (info === undefined ? (info = binding.osInfo()) : info);
module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  arch: () => process.arch,
  platform: () => process.platform,
  type: () => i().type,
  release: () => i().release,
  version: () => i().version,
  machine: () => i().machine,
  hostname: () => i().hostname,
  homedir: () => i().homedir,
  tmpdir: () => i().tmpdir,
  endianness: () => i().endianness,
  totalmem: () => i().totalmem,
  freemem: () => i().freemem,
  availableParallelism: () => i().cpus,
  loadavg: () => i().loadavg.slice(),
  uptime: () => Math.floor(binding.uptime()),
  cpus: () => Array.from({ length: i().cpus }, () => ({ model: 'cpu', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } })),
  networkInterfaces: () => ({}),
  userInfo: () => Object.assign({}, i().userInfo),
  constants: { signals: { SIGINT: 2, SIGTERM: 15, SIGKILL: 9, SIGHUP: 1 }, errno: {}, priority: {} },
};
