seed = 42


def rand():
    global seed
    seed = (seed * 16807) % 2147483647
    return seed


nums = [rand() % 100000 for _ in range(4000)]
sorted_nums = sorted(nums)
people = []
for _ in range(1500):
    name = "p" + str(rand() % 1000)
    people.append({"name": name, "age": rand() % 90})
people.sort(key=lambda p: (p["age"], p["name"]))


def quicksort(arr, lo, hi):
    if lo >= hi:
        return
    pivot = arr[(lo + hi) >> 1]
    i, j = lo, hi
    while i <= j:
        while arr[i] < pivot:
            i += 1
        while arr[j] > pivot:
            j -= 1
        if i <= j:
            arr[i], arr[j] = arr[j], arr[i]
            i += 1
            j -= 1
    quicksort(arr, lo, j)
    quicksort(arr, i, hi)


copy = list(nums)
quicksort(copy, 0, len(copy) - 1)
print(f"{sorted_nums[0]} {sorted_nums[-1]} {people[0]['age']} {people[-1]['name']} {str(copy == sorted_nums).lower()}")
