class Store {
  static #items = [];
  static get count() { return Store.#items.length; }
  static set add(v) { Store.#items.push(v); }
}
Store.add = 1; Store.add = 2;
console.log(Store.count);

// expect: 2
