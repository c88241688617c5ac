class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        # Bitmask backtracking: cols / left diagonals / right diagonals shift with each row.
        full = (1 << n) - 1
        res = []

        def go(cols: int, ld: int, rd: int, placed: List[int]) -> None:
            if cols == full:
                res.append(["." * c + "Q" + "." * (n - c - 1) for c in placed])
                return
            free = full & ~(cols | ld | rd)
            while free:
                bit = free & -free
                free ^= bit
                go(cols | bit, (ld | bit) << 1 & full, (rd | bit) >> 1, placed + [bit.bit_length() - 1])

        go(0, 0, 0, [])
        return res
