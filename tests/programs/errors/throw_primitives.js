for (const v of [1, "str", null, undefined, { a: 1 }, [1, 2]]) {
  try { throw v; } catch (e) { console.log(typeof e, String(e === null ? "null" : e)); }
}

// expect: number 1
// expect: string str
// expect: object null
// expect: undefined undefined
// expect: object [object Object]
// expect: object 1,2
