// date-fns@2 (CommonJS build, hundreds of files, @babel/runtime helpers)
const req = require('module').createRequire(process.argv[2] + '/');
const { format, addDays, differenceInCalendarDays, parseISO, isValid, startOfWeek, formatDistanceStrict, eachDayOfInterval } = req('date-fns');
const d = new Date(Date.UTC(2024, 1, 28, 12, 0, 0));
console.log(format(addDays(d, 2), 'yyyy-MM-dd'), differenceInCalendarDays(new Date(2024, 2, 1), new Date(2024, 0, 1)));
console.log(isValid(parseISO('2024-13-01')), format(parseISO('2021-07-04'), 'EEEE do MMMM yyyy'));
console.log(format(startOfWeek(new Date(2024, 4, 15)), 'yyyy-MM-dd'), formatDistanceStrict(new Date(2024, 0, 1), new Date(2024, 0, 11)));
console.log(eachDayOfInterval({ start: new Date(2024, 0, 30), end: new Date(2024, 1, 2) }).map((x) => format(x, 'MM/dd')).join(','));
