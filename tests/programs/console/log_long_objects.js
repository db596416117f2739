const person = { firstName: "Ada", lastName: "Lovelace", born: 1815, languages: ["English", "French"], notes: "first programmer" };
console.log(person);
console.log({ short: 1 });
console.log({ list: Array.from({ length: 8 }, (_, i) => ({ id: i })) });

// expect: {
// expect:   firstName: 'Ada',
// expect:   lastName: 'Lovelace',
// expect:   born: 1815,
// expect:   languages: [ 'English', 'French' ],
// expect:   notes: 'first programmer'
// expect: }
// expect: { short: 1 }
// expect: {
// expect:   list: [
// expect:     { id: 0 }, { id: 1 },
// expect:     { id: 2 }, { id: 3 },
// expect:     { id: 4 }, { id: 5 },
// expect:     { id: 6 }, { id: 7 }
// expect:   ]
// expect: }
