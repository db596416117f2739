// chalk@4: index + templates + util, dependencies ansi-styles, supports-color (os, tty), color-convert
const req = require('module').createRequire(process.argv[2] + '/');
const chalk = req('chalk');
const forced = new chalk.Instance({ level: 1 });
console.log(JSON.stringify(forced.red.bold('hi') + forced.bgBlue(' x ')));
console.log(JSON.stringify(forced`{green ok} {yellow.underline warn}`));
console.log(JSON.stringify(new chalk.Instance({ level: 3 }).hex('#ff8800')('o')), chalk.level >= 0);
console.log(JSON.stringify(new chalk.Instance({ level: 0 }).red('plain')));
