# expect: TLE
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Explores every ORDERED sequence (2,3,3 and 3,2,3 and 3,3,2 ...) and removes the
        # duplicates afterwards: correct, but the number of sequences explodes.
        found = set()

        def dfs(remaining: int, path: List[int]) -> None:
            if remaining == 0:
                found.add(tuple(sorted(path)))
                return
            for c in candidates:
                if c <= remaining:
                    path.append(c)
                    dfs(remaining - c, path)
                    path.pop()

        dfs(target, [])
        return [list(t) for t in found]
