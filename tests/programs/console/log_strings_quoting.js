console.log(["single 'quote'", 'double "quote"', `both ' and "`, "tab\tnewline\n"]);
console.log({ key: "value with 'quotes'" }, "top level 'not quoted'");

// expect: [
// expect:   "single 'quote'",
// expect:   'double "quote"',
// expect:   `both ' and "`,
// expect:   'tab\tnewline\n'
// expect: ]
// expect: { key: "value with 'quotes'" } top level 'not quoted'
