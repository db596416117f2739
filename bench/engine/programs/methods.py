class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}:{self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def scale(self, k):
        return Square(self.w * k)


total = length = 0
for i in range(8000):
    shape = Square(i % 10) if i % 3 == 0 else Rect(i % 7, 3) if i % 3 == 1 else Shape("dot")
    total += shape.area()
    if isinstance(shape, Square):
        total += shape.scale(2).area()
    length += len(shape.describe())
print(f"{total} {length}")
