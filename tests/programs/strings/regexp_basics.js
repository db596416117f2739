const re = /(\d+)-(\d+)/g;
console.log("10-20 30-40".replace(re, "$2-$1"), "a1b2c3".match(/\d/g).join(""), /^h.llo$/i.test("HELLO"));
const m = /(?<year>\d{4})-(?<month>\d\d)/.exec("date: 2024-05-17");
console.log(m.index, m[0], m.groups.year, m.groups.month);

// expect: 20-10 40-30 123 true
// expect: 6 2024-05 2024 05
