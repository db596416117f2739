function f({ a, b = 2 } = {}, [c, d] = [3, 4]) {
  return [a, b, c, d].join();
}
console.log(f(), f({ a: 1 }), f({ a: 1, b: 5 }, [6]));

// expect: ,2,3,4 1,2,3,4 1,5,6,
