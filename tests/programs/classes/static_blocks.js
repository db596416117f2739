class Config {
  static values = [];
  static {
    this.values.push("first");
    Config.values.push("second");
  }
  static ready = Config.values.length;
}
console.log(Config.values.join(), Config.ready);

// expect: first,second 2
