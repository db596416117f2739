function makeAccount(balance) {
  return {
    deposit(x) { balance += x; return balance; },
    withdraw(x) {
      if (x > balance) return "insufficient";
      balance -= x;
      return balance;
    },
  };
}
const acc = makeAccount(100);
console.log(acc.deposit(50), acc.withdraw(500), acc.withdraw(30));

// expect: 150 insufficient 120
