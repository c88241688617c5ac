class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Find each region separately; capture it if none of its cells is on the border.
        rows, cols = len(board), len(board[0])
        seen = set()
        for sr in range(rows):
            for sc in range(cols):
                if board[sr][sc] != "O" or (sr, sc) in seen:
                    continue
                region = [(sr, sc)]
                seen.add((sr, sc))
                i = 0
                while i < len(region):
                    r, c = region[i]
                    i += 1
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < rows and 0 <= y < cols and board[x][y] == "O" and (x, y) not in seen:
                            seen.add((x, y))
                            region.append((x, y))
                if not any(r in (0, rows - 1) or c in (0, cols - 1) for r, c in region):
                    for r, c in region:
                        board[r][c] = "X"
