console.log("😀".length, "é".length, "e\u0301".length, "𝒳y".length, "\u{1F600}" === "😀");
console.log("😀".charCodeAt(0), "😀".charCodeAt(1), "😀".codePointAt(0), "😀".codePointAt(1));
console.log(String.fromCharCode(0xD83D, 0xDE00), String.fromCodePoint(128512), "😀"[0] === "\uD83D");

// expect: 2 1 2 3 true
// expect: 55357 56832 128512 56832
// expect: 😀 😀 true
