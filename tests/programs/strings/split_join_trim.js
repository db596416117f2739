console.log("a,b,,c".split(","), "abc".split(""), "a b  c".split(" ", 2), "".split(","), "x".split(""));
console.log("  pad  ".trim() + "|", "  pad  ".trimStart() + "|", "  pad  ".trimEnd() + "|");
console.log("5".padStart(3, "0"), "5".padEnd(4, "ab"), "ab".repeat(3), "abc".concat(1, 2));

// expect: [ 'a', 'b', '', 'c' ] [ 'a', 'b', 'c' ] [ 'a', 'b' ] [ '' ] [ 'x' ]
// expect: pad| pad  |   pad|
// expect: 005 5aba ababab abc12
