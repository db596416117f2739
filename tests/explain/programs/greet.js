function greet() {
  const name = 'david'
  console.log(`hi ${name}`)
}
greet()
