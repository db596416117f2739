# Python twin of closures.js: nonlocal cells play the role of the context.
def make_counter(start):
    count = start

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


def curry3(a):
    return lambda b: lambda c: a * 100 + b * 10 + c


def compose(f, g):
    return lambda x: f(g(x))


total = 0
twice = compose(lambda x: x * 2, lambda x: x + 1)
for i in range(20000):
    inc, get = make_counter(i % 7)
    inc()
    inc()
    total += get() + curry3(i % 3)(i % 5)(i % 9) + twice(i % 11)
print(total)
