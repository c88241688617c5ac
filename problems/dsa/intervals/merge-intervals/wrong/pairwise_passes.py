# expect: TLE
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Correct, but without sorting every pass compares every pair of blocks: O(n^2) per pass.
        blocks = [list(iv) for iv in intervals]
        changed = True
        while changed:
            changed = False
            out = []
            for s, e in blocks:
                for block in out:
                    if s <= block[1] and block[0] <= e:
                        block[0], block[1] = min(block[0], s), max(block[1], e)
                        changed = True
                        break
                else:
                    out.append([s, e])
            blocks = out
        return blocks
