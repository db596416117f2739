const o = { toJSON(key) { return "custom for '" + key + "'"; } };
console.log(JSON.stringify(o), JSON.stringify({ nested: o }), JSON.stringify([o]));

// expect: "custom for ''" {"nested":"custom for 'nested'"} ["custom for '0'"]
