const notIterable = 5;
for (const x of notIterable) console.log(x);

// expect-error: TypeError: notIterable is not iterable
