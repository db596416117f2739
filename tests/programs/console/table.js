console.table([{ a: 1, b: "x" }, { a: 2, c: true }]);
console.table(["p", "q"]);
console.table({ r1: { col: 1 }, r2: { col: 2 } });
console.table("not tabular");

// expect: ┌─────────┬───┬─────┬──────┐
// expect: │ (index) │ a │ b   │ c    │
// expect: ├─────────┼───┼─────┼──────┤
// expect: │ 0       │ 1 │ 'x' │      │
// expect: │ 1       │ 2 │     │ true │
// expect: └─────────┴───┴─────┴──────┘
// expect: ┌─────────┬────────┐
// expect: │ (index) │ Values │
// expect: ├─────────┼────────┤
// expect: │ 0       │ 'p'    │
// expect: │ 1       │ 'q'    │
// expect: └─────────┴────────┘
// expect: ┌─────────┬─────┐
// expect: │ (index) │ col │
// expect: ├─────────┼─────┤
// expect: │ r1      │ 1   │
// expect: │ r2      │ 2   │
// expect: └─────────┴─────┘
// expect: not tabular
