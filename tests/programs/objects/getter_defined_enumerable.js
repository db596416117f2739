const o = { get computed() { return 42; }, plain: 1 };
console.log(Object.keys(o).join(), JSON.stringify(o));

// expect: computed,plain {"computed":42,"plain":1}
