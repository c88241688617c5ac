# expect: WA
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Half-open loop with an inclusive upper bound: the window's last element is never tested.
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            value = matrix[mid // n][mid % n]
            if value == target:
                return True
            if value < target:
                lo = mid + 1
            else:
                hi = mid
        return False
