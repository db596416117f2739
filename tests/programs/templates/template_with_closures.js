const greet = (name) => (punct) => `Hello, ${name}${punct}`;
const fns = ["a", "b"].map(greet);
console.log(fns.map(f => f("!")).join(" / "));
console.log(`${[1, 2].map(x => `<${x}>`).join("")}`);

// expect: Hello, a! / Hello, b!
// expect: <1><2>
