const o = {};
o[1] = "one";
o[1.0] = "still one";
o["1"] += "!";
o[1.5] = "float key";
o[-0] = "zero";
console.log(Object.keys(o).join("|"), o["1"], o["0"]);

// expect: 0|1|1.5 still one! zero
