console.log(JSON.stringify({ b: 1, 10: 2, a: 3, 2: 4 }), JSON.stringify("😀\ud800"), JSON.stringify({ "é": "ü" }));
console.log(JSON.stringify("\u2028\u2029").length, JSON.stringify("\u0007\u001f"));

// expect: {"2":4,"10":2,"b":1,"a":3} "😀\ud800" {"é":"ü"}
// expect: 4 "\u0007\u001f"
