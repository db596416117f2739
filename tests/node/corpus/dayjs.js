// dayjs with plugins from separate files (plugin/utc, plugin/relativeTime)
const req = require('module').createRequire(process.argv[2] + '/');
const dayjs = req('dayjs');
dayjs.extend(req('dayjs/plugin/utc'));
dayjs.extend(req('dayjs/plugin/relativeTime'));
const d = dayjs.utc('2024-02-28T12:34:56Z');
console.log(d.format('YYYY-MM-DD HH:mm:ss'), d.add(2, 'day').format('ddd D MMM'), d.daysInMonth());
console.log(d.isBefore(dayjs.utc('2025-01-01')), d.startOf('month').toISOString(), d.from(d.add(3, 'hour')));
console.log(dayjs.utc('2024-01-01').diff(dayjs.utc('2023-01-01'), 'day'), dayjs('not a date').isValid());
