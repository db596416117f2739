const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2, "x", "y", "z").join(), a.join());
console.log(a.shift(), a.unshift(0, -1), a.join(), a.pop(), a.reverse().join());
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join(), new Array(3).fill(7).join(), [1, 2, 3].fill(0, 1).join());

// expect: 2,3 1,x,y,z,4,5
// expect: 1 7 0,-1,x,y,z,4,5 5 4,z,y,x,-1,0
// expect: 4,5,3,4,5 7,7,7 1,0,0
